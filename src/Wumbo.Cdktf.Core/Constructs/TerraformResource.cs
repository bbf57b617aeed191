using System.Globalization;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>A managed resource: <c>resource.&lt;type&gt;.&lt;logicalId&gt;</c>, plus any <c>moved</c> block it asks for.</summary>
public abstract class TerraformResource : TerraformTypedElement
{
    private readonly List<ResourceMove> _moves = [];

    protected TerraformResource(Construct scope, string id, string terraformResourceType, TerraformMetaArguments metaArguments)
        : base(scope, id, terraformResourceType, metaArguments)
    {
    }

    public override string Address => TerraformType + "." + LogicalId;

    private bool HasMovedAway => _moves.Any(m => m is not ResourceMove.FromId);

    /// <summary>Takes over the state of an old address, e.g. <c>MoveFromId("aws_vpc.old_id")</c>.</summary>
    public void MoveFromId(string address) => _moves.Add(new ResourceMove.FromId(address));

    /// <summary>Hands this resource's state to another address; this resource is no longer rendered.</summary>
    public void MoveToId(string address) => _moves.Add(new ResourceMove.ToId(address));

    /// <summary>Hands this resource's state to the resource that called <see cref="AddMoveTarget"/> with this name.</summary>
    public void MoveTo(string moveTarget) => _moves.Add(new ResourceMove.ToTarget(moveTarget, string.Empty));

    /// <summary>As <see cref="MoveTo(string)"/>, to one instance of a <c>for_each</c> target.</summary>
    public void MoveTo(string moveTarget, string key) =>
        _moves.Add(new ResourceMove.ToTarget(moveTarget, "[" + TerraformJsonWriter.Quote(key) + "]"));

    /// <summary>As <see cref="MoveTo(string)"/>, to one instance of a <c>count</c> target.</summary>
    public void MoveTo(string moveTarget, int index) =>
        _moves.Add(new ResourceMove.ToTarget(moveTarget, "[" + index.ToString(CultureInfo.InvariantCulture) + "]"));

    /// <summary>Names this resource as a destination for <see cref="MoveTo(string)"/> of another resource.</summary>
    public void AddMoveTarget(string moveTarget) => TerraformStack.Of(this)?.AddMoveTarget(moveTarget, this);

    public override JsonObject ToTerraform(ResolveContext context)
    {
        var resource = HasMovedAway
            ? JsonObject.Empty
            : JsonObject.Of(("resource", JsonObject.Of((TerraformType, JsonObject.Of((LogicalId, RenderBody(context)))))));
        return MovedBlock() is { } moved ? resource.With("moved", new JsonArray([moved])) : resource;
    }

    public override JsonObject ToMetadata()
    {
        var metadata = base.ToMetadata();
        return _moves.Count == 0
            ? metadata
            : JsonMerge.Merge(metadata, JsonObject.Of(("metadata", JsonObject.Of(("moved", JsonObject.Of((TerraformType, new JsonArray([JsonValue.From(LogicalId)]))))))));
    }

    protected internal override void Validate(ICollection<Diagnostic> diagnostics)
    {
        base.Validate(diagnostics);
        if (_moves.Count > 1)
        {
            diagnostics.Add(SynthesisDiagnostics.SeveralMoves.At(null, $"'{Address}' has {_moves.Count} move operations; Terraform applies one per resource", Node.Path));
        }

        foreach (var move in _moves.OfType<ResourceMove.ToTarget>())
        {
            var target = TerraformStack.Of(this)?.FindMoveTarget(move.Target);
            if (target is null)
            {
                diagnostics.Add(SynthesisDiagnostics.UnknownMoveTarget.At(null, $"'{Address}' moves to '{move.Target}', which no resource declared with AddMoveTarget", Node.Path));
            }
            else if (target.TerraformType != TerraformType)
            {
                diagnostics.Add(SynthesisDiagnostics.MoveTypeMismatch.At(null, $"'{Address}' moves to '{target.Address}' of another type", Node.Path));
            }
        }
    }

    private JsonObject? MovedBlock()
    {
        var (from, to) = _moves.FirstOrDefault() switch
        {
            ResourceMove.FromId m => (m.From, Address),
            ResourceMove.ToId m => (Address, m.To),
            ResourceMove.ToTarget m => (Address, TerraformStack.Of(this)?.FindMoveTarget(m.Target)?.Address + m.IndexSuffix),
            _ => (null, null),
        };
        return from is null || to is null ? null : JsonObject.Of(("from", JsonValue.From(from)), ("to", JsonValue.From(to)));
    }
}
