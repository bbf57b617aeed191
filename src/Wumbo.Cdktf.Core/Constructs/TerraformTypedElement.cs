using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>
/// What resources and data sources share: a Terraform type, meta-arguments, arguments written by
/// generated code (<see cref="WriteArguments"/>) and typed attribute references.
/// </summary>
public abstract class TerraformTypedElement : TerraformElement, IReferenceTarget, ITerraformDependable
{
    private readonly SortedDictionary<string, List<string>> _comments = new(StringComparer.Ordinal);

    protected TerraformTypedElement(Construct scope, string id, string terraformType, TerraformMetaArguments metaArguments)
        : base(scope, id)
    {
        TerraformType = terraformType;
        MetaArguments = metaArguments;
    }

    public string TerraformType { get; }

    public TerraformMetaArguments MetaArguments { get; }

    /// <summary>The element itself as a value, e.g. <c>${aws_sns_topic.t}</c>.</summary>
    public Expression Fqn => new ReferenceExpression(this, []);

    protected override string OverrideMetadataKey => TerraformType;

    public ReferenceRoot ResolveRoot(ResolveContext context)
    {
        if (!ReferenceEquals(context.Scope, TerraformStack.Of(this)))
        {
            context.Report(SynthesisDiagnostics.CrossStackReference.At(
                null, $"'{Address}' is referenced from another stack; pass the value through an output and a variable instead", Node.Path));
        }

        var multiplicity = MetaArguments.ForEach is not null ? ReferenceMultiplicity.ForEach
            : MetaArguments.Count is not null ? ReferenceMultiplicity.Count
            : ReferenceMultiplicity.One;
        return new ReferenceRoot(Address, multiplicity);
    }

    /// <summary>Generated code writes every argument by its wire name.</summary>
    protected abstract void WriteArguments(TfObjectWriter writer);

    /// <summary>
    /// Adds a line under <paramref name="key"/> to this element's <c>"//"</c> object, which Terraform reads as a
    /// comment and scanners search for their inline suppressions (e.g. <c>checkov:skip=CKV_AWS_150:reason</c>).
    /// </summary>
    public void AddComment(string key, string line)
    {
        if (!_comments.TryGetValue(key, out var lines))
        {
            _comments[key] = lines = [];
        }

        lines.Add(line);
    }

    protected T GetAttribute<T>(string name)
        where T : ITfValue<T> => T.FromExpression(new ReferenceExpression(this, [name]));

    /// <summary>Arguments, meta-arguments, the <c>"//"</c> metadata and overrides, merged in cdktf's order.</summary>
    protected JsonObject RenderBody(ResolveContext context)
    {
        var writer = new TfObjectWriter();
        WriteArguments(writer);
        var arguments = (JsonObject)Render(writer.Build(), context);
        var body = Overrides.Apply(JsonMerge.Merge(arguments, MetaArguments.ToJson(context)), context);
        var metadata = JsonObject.Of(("path", JsonValue.From(Node.Path)), ("uniqueId", JsonValue.From(LogicalId)));
        var comments = _comments.Aggregate(
            body["//"] as JsonObject ?? JsonObject.Empty,
            (comment, entry) => comment.With(entry.Key, new JsonArray([.. entry.Value.Select(JsonValue.From)])));
        return body.With("//", comments.With("metadata", metadata));
    }

    protected internal override void Validate(ICollection<Diagnostic> diagnostics)
    {
        if (MetaArguments.Count is not null && MetaArguments.ForEach is not null)
        {
            diagnostics.Add(SynthesisDiagnostics.CountAndForEach.At(null, $"'{Address}' sets both count and for_each; use one", Node.Path));
        }
    }
}
