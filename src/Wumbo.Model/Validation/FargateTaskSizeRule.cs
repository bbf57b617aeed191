using System.Collections.Immutable;
using System.Globalization;
using Wumbo.Diagnostics;
using Wumbo.Model.Binding;
using Wumbo.Model.Diagnostics;
using Wumbo.Model.Domain;
using static System.FormattableString;

namespace Wumbo.Model.Validation;

/// <summary>
/// Fargate runs only fixed CPU/memory pairs (ECS developer guide, "Troubleshoot task definition invalid CPU
/// or memory errors"); any other pair fails at deploy time with "No Fargate configuration exists".
/// </summary>
internal sealed class FargateTaskSizeRule : IEnvironmentRule
{
    private static readonly ImmutableSortedDictionary<int, ImmutableArray<int>> MemoryByCpu = new Dictionary<int, ImmutableArray<int>>
    {
        [256] = [512, 1024, 2048],
        [512] = Steps(1024, 4096, 1024),
        [1024] = Steps(2048, 8192, 1024),
        [2048] = Steps(4096, 16384, 1024),
        [4096] = Steps(8192, 30720, 1024),
        [8192] = Steps(16384, 61440, 4096),
        [16384] = Steps(32768, 122880, 8192),
    }.ToImmutableSortedDictionary();

    public void Check(EnvironmentModel model, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        foreach (var task in TaskDefinitionSpec.Of(model))
        {
            Check(task, sources, diagnostics);
        }
    }

    private static void Check(TaskDefinitionSpec task, SourceMap sources, ICollection<Diagnostic> diagnostics)
    {
        if (!MemoryByCpu.TryGetValue(task.Cpu, out var memory))
        {
            diagnostics.Report(
                DiagnosticCatalog.InvalidFargateTaskSize,
                sources,
                task.Path + ".cpu",
                Invariant($"{task.Label} asks for cpu {task.Cpu}, which Fargate does not offer"),
                "cpu must be one of " + Describe([.. MemoryByCpu.Keys]) + " CPU units; 1024 units are 1 vCPU");
        }
        else if (!memory.Contains(task.Memory))
        {
            diagnostics.Report(
                DiagnosticCatalog.InvalidFargateTaskSize,
                sources,
                task.Path + ".memory",
                Invariant($"{task.Label} asks for memory {task.Memory} MiB, which Fargate does not pair with cpu {task.Cpu}"),
                Invariant($"with cpu {task.Cpu}, memory must be {Describe(memory)} MiB"));
        }
    }

    private static ImmutableArray<int> Steps(int from, int to, int step) =>
        [.. Enumerable.Range(0, ((to - from) / step) + 1).Select(k => from + (k * step))];

    // Long evenly spaced lists read better as a range than as twenty numbers.
    private static string Describe(ImmutableArray<int> values)
    {
        var step = values[1] - values[0];
        if (values.Length > 4 && values.Zip(values.Skip(1)).All(pair => pair.Second - pair.First == step))
        {
            return Invariant($"{values[0]} to {values[^1]} in steps of {step}");
        }

        var numbers = values.Select(v => v.ToString(CultureInfo.InvariantCulture)).ToArray();
        return string.Join(", ", numbers[..^1]) + " or " + numbers[^1];
    }
}
