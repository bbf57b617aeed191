using System.Text.Json;
using Wumbo.Testing.Tools;

namespace Wumbo.Testing.Stacks;

/// <summary>
/// A synthesized stack read as facts, in the manner of cdktf's <c>Testing</c> matchers
/// (<c>toHaveResourceWithProperties</c>, <c>toBeValidTerraform</c>, <c>toPlanSuccessfully</c>): tests say what
/// must be there, with Terraform's wire names, and a failure explains which block came closest and where it
/// differs. Expected properties are an anonymous object: <c>new { multi_az = true }</c> (see <see cref="Match"/>).
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1711", Justification = "A stack, named as cdktf names stacks.")]
public sealed class SynthesizedStack
{
    private readonly JsonElement _root;

    private SynthesizedStack(string name, string json)
    {
        Name = name;
        Json = json;
        _root = JsonDocument.Parse(json).RootElement;
    }

    public string Name { get; }

    /// <summary>The stack's <c>cdk.tf.json</c>, as written.</summary>
    public string Json { get; }

    public static SynthesizedStack Parse(string name, string json) => new(name, json);

    public IReadOnlyList<StackBlock> Resources(string type) => Blocks(_root, "resource", type, type + ".");

    public IReadOnlyList<StackBlock> DataSources(string type) => Blocks(_root, "data", type, "data." + type + ".");

    public IReadOnlyList<StackBlock> Outputs() =>
        _root.TryGetProperty("output", out var outputs)
            ? [.. outputs.EnumerateObject().Select(o => new StackBlock("output." + o.Name, o.Name, o.Value))]
            : [];

    /// <summary>Every resource of the type whose body has the properties.</summary>
    public IReadOnlyList<StackBlock> ResourcesWithProperties(string type, object properties)
    {
        var expected = Expectation.From(properties);
        return [.. Resources(type).Where(r => expected.FirstDifference(r.Body, string.Empty) is null)];
    }

    /// <summary>The one resource of the type with the properties; fails when there is none, or more than one.</summary>
    public StackBlock HasResourceWithProperties(string type, object properties) => Single(Resources(type), type, properties);

    public StackBlock HasDataSourceWithProperties(string type, object properties) => Single(DataSources(type), "data source " + type, properties);

    /// <summary>At least <paramref name="count"/> resources of the type, or exactly that many with <paramref name="exactly"/>.</summary>
    public IReadOnlyList<StackBlock> HasResources(string type, int count, bool exactly = true)
    {
        var found = Resources(type);
        if (exactly ? found.Count != count : found.Count < count)
        {
            Fail($"expected {(exactly ? string.Empty : "at least ")}{count} resource(s) of type {type}, found {found.Count}: {string.Join(", ", found.Select(f => f.Address))}");
        }

        return found;
    }

    public void HasNoResource(string type)
    {
        if (Resources(type).Count > 0)
        {
            Fail($"expected no resource of type {type}, found {string.Join(", ", Resources(type).Select(r => r.Address))}");
        }
    }

    /// <summary>Every resource of the type has the properties (and there is at least one).</summary>
    public void EveryResourceHasProperties(string type, object properties)
    {
        var expected = Expectation.From(properties);
        var resources = Resources(type);
        if (resources.Count == 0)
        {
            Fail($"expected resources of type {type} with {expected.Describe()}, found none");
        }

        foreach (var resource in resources)
        {
            if (expected.FirstDifference(resource.Body, string.Empty) is { } difference)
            {
                Fail($"{resource.Address} ({resource.ConstructPath}) does not have {expected.Describe()}: {difference}");
            }
        }
    }

    /// <summary>The provider configuration (one of the <c>provider.&lt;type&gt;</c> array) with the properties.</summary>
    public StackBlock HasProviderWithProperties(string type, object properties)
    {
        var configurations = _root.TryGetProperty("provider", out var providers) && providers.TryGetProperty(type, out var ofType)
            ? ofType.EnumerateArray().Select((p, i) => new StackBlock($"provider.{type}[{i}]", type, p)).ToList()
            : [];
        return Single(configurations, "provider " + type, properties);
    }

    /// <summary>The top-level <c>terraform</c> block (required providers, backend, cloud) has the properties.</summary>
    public void HasTerraformSettings(object properties)
    {
        var expected = Expectation.From(properties);
        if (expected.FirstDifference(_root.TryGetProperty("terraform", out var terraform) ? terraform : null, "terraform") is { } difference)
        {
            Fail($"the terraform block does not have {expected.Describe()}: {difference}");
        }
    }

    public StackBlock HasOutput(string name) =>
        Outputs().SingleOrDefault(o => o.LogicalId == name) ?? Fail<StackBlock>($"expected an output '{name}', found: {string.Join(", ", Outputs().Select(o => o.LogicalId))}");

    /// <summary><c>terraform validate</c> with the real provider, offline; skips the test where Terraform or the mirror is missing.</summary>
    public async Task IsValidTerraformAsync(CancellationToken cancellationToken = default)
    {
        using var workspace = TerraformWorkspace.Create(Json);
        var result = await workspace.ValidateAsync(cancellationToken).ConfigureAwait(false);
        result.EnsureSucceeded(failOnWarnings: true);
    }

    /// <summary>A real plan against the mocked provider (<c>terraform test</c>); <paramref name="mockData"/> as in <see cref="MockPlanTestFile"/>.</summary>
    public async Task PlansSuccessfullyAsync(IReadOnlyDictionary<string, string>? mockData = null, CancellationToken cancellationToken = default)
    {
        using var workspace = TerraformWorkspace.Create(Json);
        var result = await workspace.PlanWithMocksAsync(mockData: mockData, cancellationToken: cancellationToken).ConfigureAwait(false);
        result.EnsureSucceeded();
    }

    private static IReadOnlyList<StackBlock> Blocks(JsonElement root, string section, string type, string addressPrefix) =>
        root.TryGetProperty(section, out var blocks) && blocks.TryGetProperty(type, out var ofType)
            ? [.. ofType.EnumerateObject().Select(b => new StackBlock(addressPrefix + b.Name, b.Name, b.Value))]
            : [];

    private StackBlock Single(IReadOnlyList<StackBlock> candidates, string what, object properties)
    {
        var expected = Expectation.From(properties);
        var matches = candidates.Where(c => expected.FirstDifference(c.Body, string.Empty) is null).ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 when candidates.Count == 0 => Fail<StackBlock>($"expected a {what} with {expected.Describe()}, but the stack has none of that type"),
            0 => Fail<StackBlock>($"expected a {what} with {expected.Describe()}; none of the {candidates.Count} matches:\n"
                + string.Join("\n", candidates.Select(c => $"  {c.Address} ({c.ConstructPath}): {expected.FirstDifference(c.Body, string.Empty)}"))),
            _ => Fail<StackBlock>($"expected one {what} with {expected.Describe()}, found {matches.Count}: {string.Join(", ", matches.Select(m => m.Address))}"),
        };
    }

    private void Fail(string message) => throw new CheckFailedException($"stack '{Name}': {message}");

    private T Fail<T>(string message) => throw new CheckFailedException($"stack '{Name}': {message}");
}
