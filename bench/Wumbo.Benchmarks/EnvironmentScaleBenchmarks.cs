using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Wumbo.Cdktf.Pipeline;
using Wumbo.Docs;
using Wumbo.Docs.Documents;
using Wumbo.Model;

namespace Wumbo.Benchmarks;

/// <summary>
/// The whole pipeline (load and validate, synthesize, render the docs) for 1, 10 and 100 environments in one
/// process: time and allocations per environment should stay flat, so cost grows linearly with environments.
/// The environments are copies of staging under their own names, CIDR ranges and host names, as a team adding
/// environments would write them; the first owns the account-wide resources.
/// </summary>
[MemoryDiagnoser]
public class EnvironmentScaleBenchmarks
{
    // The day waivers are judged on: fixed, so that a benchmark never fails as the checked-in waivers expire.
    private static readonly DateOnly Today = new(2026, 12, 5);

    private IReadOnlyList<SourceFile> _files = [];

    [Params(1, 10, 100)]
    public int Environments { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var staging = Encoding.UTF8.GetString(Inputs.EnvironmentFiles().Single(f => f.Path == "environments/staging.yaml").Content.Span);
        _files = [.. Enumerable.Range(1, Environments).Select(i => Copy(staging, i))];
        var loaded = EnvironmentLoader.Load(_files);
        if (loaded.Diagnostics.Any(d => d.IsError))
        {
            throw new InvalidOperationException(string.Join('\n', loaded.Diagnostics));
        }
    }

    /// <summary>The main job's work: load and validate, synthesize, run the policy pack.</summary>
    [Benchmark]
    public int Synthesize()
    {
        var loaded = EnvironmentLoader.Load(_files);
        return WumboSynthesis.Run(loaded.Environments, loaded.Sources, Today).Synthesis.Artifacts.Length;
    }

    /// <summary>The docs command's work: load and validate, synthesize (inside the context), render every document.</summary>
    [Benchmark]
    public int SynthesizeAndRender() =>
        DocumentSet.Render(DocsContext.Create(EnvironmentLoader.Load(_files).Environments, new List<Wumbo.Diagnostics.Diagnostic>(), Today)).Count;

    private static SourceFile Copy(string staging, int index)
    {
        var name = "stage" + index.ToString("000", CultureInfo.InvariantCulture);
        var text = staging
            .Replace("staging", name, StringComparison.Ordinal)
            .Replace("10.20.", "10." + index.ToString(CultureInfo.InvariantCulture) + ".", StringComparison.Ordinal)
            .Replace("tier: " + name, "tier: staging", StringComparison.Ordinal); // a tier, not a name
        if (index == 1)
        {
            // The first copy owns the account-wide resources, as development does in the repository.
            text = text.Replace("owns_domain_identity: false", "owns_domain_identity: true", StringComparison.Ordinal)
                .Replace("owns_oidc_provider: false", "owns_oidc_provider: true", StringComparison.Ordinal);
        }

        return new SourceFile($"environments/{name}.yaml", Encoding.UTF8.GetBytes(text));
    }
}
