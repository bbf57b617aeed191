using System.Text;
using Wumbo.Docs.Tests.Support;
using Wumbo.Testing;
using Wumbo.Testing.Tools;

namespace Wumbo.Docs.Tests.Hosting;

/// <summary>The built command in a process of its own, in another culture and time zone, writes what the tests render.</summary>
public sealed class DocsProcessTests
{
    [Fact]
    public async Task The_command_writes_the_same_bytes_in_another_culture_and_time_zone()
    {
        using var project = new ScratchProject("wumbo-docs-process-");
        var output = Path.Combine(project.Root, "docs");
        var dotnet = ExecutableLocator.Find("dotnet") ?? throw new InvalidOperationException("dotnet is not on PATH");
        var spec = new ProcessSpec(
            dotnet,
            [Path.Combine(AppContext.BaseDirectory, "Wumbo.Docs.dll"), "--environments", project.EnvironmentsDirectory, "--out", output],
            project.Root,
            new Dictionary<string, string?> { ["TZ"] = "Pacific/Chatham", ["LANG"] = "tr_TR.UTF-8", ["LC_ALL"] = "tr_TR.UTF-8", ["DOTNET_SYSTEM_GLOBALIZATION_INVARIANT"] = null },
            TimeSpan.FromMinutes(2));

        var result = await ProcessRunner.RunAsync(spec, TestContext.Current.CancellationToken);

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.Equal(CheckedIn.Documents.ToDictionary(d => d.RelativePath, d => Encoding.UTF8.GetBytes(d.Content)), ScratchProject.Files(output));
    }
}
