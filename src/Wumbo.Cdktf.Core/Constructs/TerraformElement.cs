using System.Collections.Immutable;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Synthesis;

namespace Wumbo.Cdktf.Constructs;

/// <summary>
/// A construct that renders into the stack JSON. Each element returns its own JSON fragment
/// (<see cref="ToTerraform"/>) and metadata fragment; the stack deep-merges them.
/// </summary>
public abstract class TerraformElement : Construct
{
    private string? _logicalIdOverride;
    private string? _allocatedLogicalId;
    private bool _isAllocated;

    protected TerraformElement(Construct scope, string id)
        : base(scope, id)
    {
    }

    /// <summary>The name in the Terraform address; final only once the tree is complete.</summary>
    public string LogicalId => _logicalIdOverride ?? Allocated() ?? string.Empty;

    /// <summary>The address that must be unique in a stack, e.g. <c>aws_vpc.vpc</c> or <c>var.port</c>.</summary>
    public abstract string Address { get; }

    internal OverrideSet Overrides { get; } = new();

    /// <summary>The key of this element's entry in <c>"//".metadata.overrides</c>.</summary>
    protected abstract string OverrideMetadataKey { get; }

    /// <summary>Pins the logical id, e.g. to keep a Terraform address stable across a refactor of the tree.</summary>
    public void OverrideLogicalId(string logicalId) => _logicalIdOverride = logicalId;

    public void ResetOverrideLogicalId() => _logicalIdOverride = null;

    /// <summary>Sets a value at a dotted path of this element's JSON (cdktf's escape hatch).</summary>
    public void AddOverride(string path, Expression value) => Overrides.Add(path, value);

    public abstract JsonObject ToTerraform(ResolveContext context);

    /// <summary>This element's part of the stack's <c>"//"</c> object.</summary>
    public virtual JsonObject ToMetadata() => Overrides.ToMetadata(OverrideMetadataKey);

    /// <summary>Construct ids between the owning stack and this element; the logical id is made from them.</summary>
    internal ImmutableArray<string> LogicalIdComponents =>
        [.. Node.Scopes.SkipWhile(s => s != TerraformStack.Of(this)).Skip(1).Select(s => s.Node.Id)];

    protected virtual string? AllocateLogicalId() => LogicalIds.Allocate(LogicalIdComponents);

    // The path below the stack never changes, so the id is allocated once; every reference reads it.
    private string? Allocated()
    {
        if (!_isAllocated)
        {
            _allocatedLogicalId = AllocateLogicalId();
            _isAllocated = true;
        }

        return _allocatedLogicalId;
    }

    protected static JsonValue Render(Expression expression, ResolveContext context) => ExpressionRenderer.ToJson(expression, context);
}
