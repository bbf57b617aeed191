using Wumbo.Cdktf.Constructs;
using Wumbo.Cdktf.Stacks;
using Wumbo.Hosting;
using Wumbo.Model;
using Wumbo.Testing;

namespace Wumbo.Preview.Tests.Support;

/// <summary>
/// A checkout as the CI workflow has it after the main job: a copy of the environment files, edited as a pull
/// request would, and <c>cdktf.out/</c> synthesized from them in-process (with an optional change to the construct
/// tree, for what the files cannot express, such as a renamed construct). Deleted on dispose.
/// </summary>
internal sealed class Checkout : IDisposable
{
    private readonly ScratchProject _project = new("wumbo-preview-");

    public string Root => _project.Root;

    public string EnvironmentsDirectory => _project.EnvironmentsDirectory;

    /// <summary>Replaces text in one of the environment files; the text must be there.</summary>
    public Checkout Edit(string file, string from, string to)
    {
        var path = Path.Combine(EnvironmentsDirectory, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
        return this;
    }

    public Checkout Delete(string file)
    {
        File.Delete(Path.Combine(EnvironmentsDirectory, file));
        return this;
    }

    /// <summary>Runs the main job on the environment files as they are now: synthesis must succeed.</summary>
    public Checkout Synthesize(Action<App>? change = null)
    {
        var loaded = EnvironmentLoader.Load(EnvironmentFiles.Read(EnvironmentsDirectory));
        Assert.Empty(loaded.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        var app = WumboApp.Build(loaded.Environments);
        change?.Invoke(app);
        var result = app.Synth();
        Assert.Empty(result.Diagnostics.Where(d => d.IsError).Select(d => d.ToString()));
        foreach (var artifact in result.Artifacts)
        {
            var path = Path.Combine(Root, "cdktf.out", artifact.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, artifact.Content);
        }

        return this;
    }

    /// <summary>The synthesized stack of one environment.</summary>
    public string Stack(string environment) => File.ReadAllText(Path.Combine(Root, "cdktf.out", "stacks", environment, "cdk.tf.json"));

    public void Dispose() => _project.Dispose();
}
