using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Wumbo.Cdktf.Stacks;
using Wumbo.Model;
using Wumbo.Model.Domain;

namespace Wumbo.Benchmarks;

/// <summary>The main job's two halves on the real environment files: load and validate, then synthesize.</summary>
[MemoryDiagnoser]
public class EnvironmentBenchmarks
{
    private IReadOnlyList<SourceFile> _files = [];
    private ImmutableArray<EnvironmentModel> _models;

    [GlobalSetup]
    public void Setup()
    {
        _files = Inputs.EnvironmentFiles();
        _models = EnvironmentLoader.Load(_files).Environments;
    }

    [Benchmark]
    public ModelLoadResult LoadAndValidate() => EnvironmentLoader.Load(_files);

    [Benchmark]
    public int Synthesize() => WumboApp.Build(_models).Synth().Artifacts.Length;
}
