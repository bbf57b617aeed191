using System.Globalization;
using System.Text.Json;
using Wumbo.Testing;
using Wumbo.Testing.Tools;

namespace Wumbo.Cdktf.Tests.Hosting;

/// <summary>
/// The real cdktf CLI 0.21.0, and CDK Terrain's cdktn 0.24.0, its maintained fork, run this app: <c>cdktf synth</c> then <c>cdktf list</c> in a scratch project whose
/// cdktf.json starts the already built app (the repository's cdktf.json starts it through <c>dotnet run</c>,
/// which would rebuild inside the test run). Skipped, with the reason, where node or the CLI is missing.
/// </summary>
public sealed class CdktfCliAppTests
{
    public static TheoryData<string> Clis() => ["cdktf", "cdktn"];

    [Theory]
    [MemberData(nameof(Clis))]
    public async Task Synth_and_list_accept_the_app_and_its_output(string command)
    {
        var cli = CdktfCli.Named(command);
        var project = CreateProject();
        try
        {
            var token = TestContext.Current.CancellationToken;

            var synth = await cli.RunAsync(project.FullName, ["synth"], cancellationToken: token);
            var list = await cli.RunAsync(project.FullName, ["list"], cancellationToken: token);

            Assert.True(synth.Succeeded, synth.CombinedOutput);
            Assert.Contains("development, production, staging", synth.StandardOutput, StringComparison.Ordinal);
            Assert.True(list.Succeeded, list.CombinedOutput);
            foreach (var environment in new[] { "development", "staging", "production" })
            {
                Assert.Contains($"cdktf.out/stacks/{environment}", list.StandardOutput, StringComparison.Ordinal);
                Assert.Equal(
                    Stacks.WumboStacks.StackJson(environment),
                    File.ReadAllText(Path.Combine(project.FullName, "cdktf.out", "stacks", environment, "cdk.tf.json")));
            }

            TestContext.Current.TestOutputHelper?.WriteLine(string.Create(
                CultureInfo.InvariantCulture, $"{command} synth {synth.Elapsed.TotalSeconds:0.00} s, {command} list {list.Elapsed.TotalSeconds:0.00} s"));
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_repository_cdktf_json_declares_a_csharp_app_without_generated_bindings()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "cdktf.json")));
        var root = config.RootElement;

        Assert.Equal("csharp", root.GetProperty("language").GetString());
        Assert.Equal("sh tools/cdktf-app", root.GetProperty("app").GetString());
        Assert.Equal(0, root.GetProperty("terraformProviders").GetArrayLength());
        Assert.Equal(0, root.GetProperty("terraformModules").GetArrayLength());
    }

    [Fact]
    public async Task The_launcher_runs_a_ready_to_run_publish_of_the_app()
    {
        // WUMBO_NATIVE=0 passes over the native build, as the launcher does where there is none or it is stale.
        var result = await RunLauncherAsync(new Dictionary<string, string?> { ["WUMBO_NATIVE"] = "0" });

        // When the publish is stale the launcher publishes first, printing only to stderr: stdout is the app's.
        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.StartsWith("Usage: Wumbo.Cdktf", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("exec dotnet artifacts/cdktf-app/Wumbo.Cdktf.dll --help", result.StandardError, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.Root, "artifacts", "cdktf-app", "Wumbo.Cdktf.dll")));
    }

    /// <summary>Skipped, with the reason, where the native build (tools/publish-native, which CI runs) is missing or stale.</summary>
    [Fact]
    public async Task The_launcher_runs_the_native_build_while_no_source_is_newer()
    {
        var native = Path.Combine(RepositoryPaths.Root, "artifacts", "native", "Wumbo.Cdktf", "Wumbo.Cdktf");
        TestSkip.Unless(
            File.Exists(native) && !LauncherInputs().Any(input => File.GetLastWriteTimeUtc(input) > File.GetLastWriteTimeUtc(native)),
            $"{native} is missing or older than a source: run tools/publish-native");

        var result = await RunLauncherAsync(new Dictionary<string, string?> { ["WUMBO_NATIVE"] = null });

        Assert.True(result.Succeeded, result.CombinedOutput);
        Assert.StartsWith("Usage: Wumbo.Cdktf", result.StandardOutput, StringComparison.Ordinal);
        Assert.Contains("exec artifacts/native/Wumbo.Cdktf/Wumbo.Cdktf --help", result.StandardError, StringComparison.Ordinal);
    }

    // `sh -x` traces the launcher's commands on stderr, the `exec` of the app it chose among them.
    private static Task<ProcessResult> RunLauncherAsync(Dictionary<string, string?> environment) =>
        ProcessRunner.RunAsync(
            new ProcessSpec("sh", ["-x", "tools/cdktf-app", "--help"], RepositoryPaths.Root, environment, TimeSpan.FromMinutes(5)),
            TestContext.Current.CancellationToken);

    // What the launcher compares a build with: the sources (build output aside) and the build settings.
    private static IEnumerable<string> LauncherInputs() =>
        Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "src"), "*", SearchOption.AllDirectories)
            .Where(path => !path.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .Concat(new[] { "global.json", "Directory.Build.props", "Directory.Packages.props", "BannedSymbols.txt" }
                .Select(name => Path.Combine(RepositoryPaths.Root, name)));

    /// <summary>
    /// <c>cdktf diff</c> and <c>cdktf deploy</c> read the stacks more strictly than synth (a schema over each stack
    /// file, <c>"//".metadata.version</c>, the manifest's dependencies). Real runs need Terraform Cloud and AWS,
    /// so Terraform is replaced by a stand-in that records its arguments and succeeds (CONTRACT.md §6).
    /// </summary>
    [Theory]
    [MemberData(nameof(Clis))]
    public async Task Diff_and_deploy_accept_the_stacks_and_drive_terraform_in_the_stack_directory(string command)
    {
        var cli = CdktfCli.Named(command);
        var project = CreateProject();
        try
        {
            var log = Path.Combine(project.FullName, "terraform-calls.log");
            var standIn = Path.Combine(project.FullName, "terraform-stand-in");
            // deploy ends with `terraform output -json`, which the CLI parses.
            File.WriteAllText(standIn, $"#!/bin/sh\necho \"$(basename \"$PWD\"): $*\" >> '{log}'\ncase \"$1\" in output) echo '{{}}' ;; esac\nexit 0\n");
            TestSkip.Unless(!OperatingSystem.IsWindows(), "the Terraform stand-in is a POSIX shell script");
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(standIn, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            }

            var environment = new Dictionary<string, string?> { ["TERRAFORM_BINARY_NAME"] = standIn };
            var token = TestContext.Current.CancellationToken;

            var diff = await cli.RunAsync(project.FullName, ["diff", "development"], environment, cancellationToken: token);
            var deploy = await cli.RunAsync(project.FullName, ["deploy", "production", "--auto-approve"], environment, cancellationToken: token);

            Assert.True(diff.Succeeded, diff.CombinedOutput);
            Assert.True(deploy.Succeeded, deploy.CombinedOutput);
            var calls = File.ReadAllLines(log);
            Assert.Contains(calls, c => c.StartsWith("development: init", StringComparison.Ordinal));
            Assert.Contains(calls, c => c.StartsWith("development: plan", StringComparison.Ordinal));
            Assert.Contains(calls, c => c.StartsWith("production: apply", StringComparison.Ordinal) && c.Contains("-auto-approve", StringComparison.Ordinal));
            Assert.DoesNotContain(calls, c => c.StartsWith("staging:", StringComparison.Ordinal));
        }
        finally
        {
            project.Delete(recursive: true);
        }
    }

    /// <summary>A scratch cdktf project: the environment files and a cdktf.json that starts the built app.</summary>
    private static DirectoryInfo CreateProject()
    {
        var project = Directory.CreateTempSubdirectory("wumbo-cdktf-project-");
        var environments = Directory.CreateDirectory(Path.Combine(project.FullName, "environments")).FullName;
        foreach (var file in Directory.GetFiles(RepositoryPaths.Environments, "*.yaml"))
        {
            File.Copy(file, Path.Combine(environments, Path.GetFileName(file)));
        }

        var app = Path.Combine(AppContext.BaseDirectory, "Wumbo.Cdktf.dll");
        File.WriteAllText(Path.Combine(project.FullName, "cdktf.json"), JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["language"] = "csharp",
            ["app"] = $"dotnet \"{app}\"",
            ["sendCrashReports"] = "false",
            ["terraformProviders"] = Array.Empty<string>(),
            ["terraformModules"] = Array.Empty<string>(),
        }));
        return project;
    }
}
