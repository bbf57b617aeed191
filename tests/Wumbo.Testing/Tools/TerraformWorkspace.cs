namespace Wumbo.Testing.Tools;

/// <summary>
/// A synthesized stack copied into a fresh temporary directory (never the repository) and checked with the
/// real Terraform and the real hashicorp/aws provider, offline. Each workspace has its own CLI config and
/// <c>TF_DATA_DIR</c>, so parallel tests do not collide; the provider is linked from the mirror, not copied.
/// </summary>
/// <remarks>
/// Backends: the stack is used unmodified. <c>init -backend=false</c> skips backend set-up, and Terraform
/// 1.11.4's <c>test</c> keeps state in memory: with an <c>s3</c> backend or a <c>cloud</c> block it plans
/// without touching either (observed). Backend settings are checked by the compiler's own tests.
/// </remarks>
public sealed class TerraformWorkspace : IDisposable
{
    public const string StackFileName = "cdk.tf.json";
    private const string TestFileName = "wumbo_mock_plan.tftest.hcl";

    private readonly string _terraform;
    private readonly string _root;
    private readonly Dictionary<string, string?> _environment;
    private readonly TimeSpan _timeout;
    private TerraformResult? _init;

    private TerraformWorkspace(string terraform, string root, TimeSpan timeout)
    {
        _terraform = terraform;
        _root = root;
        _timeout = timeout;
        _environment = OfflineTerraform.Environment(OfflineTerraform.WriteCliConfig(root));
        _environment["TF_DATA_DIR"] = Path.Combine(root, "data");
    }

    /// <summary>The root module: the stack file, and the lock file and test file Terraform works with.</summary>
    public string ModuleDirectory => Path.Combine(_root, "stack");

    /// <summary>Skips the running test when terraform or the provider mirror is missing.</summary>
    public static TerraformWorkspace Create(string stackJson, TimeSpan? commandTimeout = null)
    {
        var terraform = OfflineTerraform.RequireTerraform();
        var workspace = new TerraformWorkspace(
            terraform,
            Directory.CreateTempSubdirectory("wumbo-terraform-").FullName,
            commandTimeout ?? TimeSpan.FromMinutes(3));
        Directory.CreateDirectory(workspace.ModuleDirectory);
        File.WriteAllText(Path.Combine(workspace.ModuleDirectory, StackFileName), stackJson);
        return workspace;
    }

    /// <summary>
    /// <c>terraform init -backend=false</c>; run once, later calls return the first result. Its warnings always
    /// include "Incomplete lock file information": a mirror yields linux_amd64 checksums only.
    /// </summary>
    public async Task<TerraformResult> InitAsync(CancellationToken cancellationToken = default)
    {
        _init ??= await RunAsync("init", ["init", "-backend=false", "-input=false", "-no-color", "-json"], cancellationToken).ConfigureAwait(false);
        return _init;
    }

    /// <summary><c>terraform validate</c> with the real provider schema; an init failure is returned as is.</summary>
    public async Task<TerraformResult> ValidateAsync(CancellationToken cancellationToken = default)
    {
        var init = await InitAsync(cancellationToken).ConfigureAwait(false);
        return init.Succeeded
            ? await RunAsync("validate", ["validate", "-json", "-no-color"], cancellationToken).ConfigureAwait(false)
            : init;
    }

    /// <summary>
    /// <c>terraform providers schema -json</c>: the full schema of every provider the module requires, as the
    /// result's standard output; an init failure is returned as is.
    /// </summary>
    public async Task<TerraformResult> ProvidersSchemaAsync(CancellationToken cancellationToken = default)
    {
        var init = await InitAsync(cancellationToken).ConfigureAwait(false);
        return init.Succeeded
            ? await RunAsync("providers schema", ["providers", "schema", "-json"], cancellationToken).ConfigureAwait(false)
            : init;
    }

    /// <summary>
    /// A plan through <c>terraform test</c> with every provider mocked (<see cref="MockPlanTestFile"/>); values
    /// in <paramref name="variables"/> and <paramref name="mockData"/> are HCL expressions.
    /// </summary>
    public async Task<TerraformResult> PlanWithMocksAsync(
        IReadOnlyDictionary<string, string>? variables = null,
        IReadOnlyDictionary<string, string>? mockData = null,
        CancellationToken cancellationToken = default)
    {
        var init = await InitAsync(cancellationToken).ConfigureAwait(false);
        if (!init.Succeeded)
        {
            return init;
        }

        var stack = await File.ReadAllTextAsync(Path.Combine(ModuleDirectory, StackFileName), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(Path.Combine(ModuleDirectory, TestFileName), MockPlanTestFile.Render(stack, variables, mockData), cancellationToken).ConfigureAwait(false);
        return await RunAsync("test", ["test", "-json", "-no-color"], cancellationToken).ConfigureAwait(false);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private async Task<TerraformResult> RunAsync(string command, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var process = await ProcessRunner.RunAsync(
            new ProcessSpec(_terraform, arguments, ModuleDirectory, _environment, _timeout),
            cancellationToken).ConfigureAwait(false);
        var diagnostics = command switch
        {
            "validate" => TerraformDiagnosticParser.FromDocument(process.StandardOutput),
            "providers schema" => [], // Standard output is the schema itself; errors go to standard error.
            _ => TerraformDiagnosticParser.FromJsonLines(process.StandardOutput),
        };
        var succeeded = process.Succeeded && !diagnostics.Any(d => d.IsError);
        return new TerraformResult(command, succeeded, diagnostics, process);
    }
}
