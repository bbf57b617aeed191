using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Wumbo.Cdktf.Expressions;
using Wumbo.Cdktf.Synthesis;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Constructs;

/// <summary>One Terraform configuration (one <c>stacks/&lt;id&gt;/cdk.tf.json</c>); one per environment.</summary>
[SuppressMessage("Naming", "CA1711", Justification = "The cdktf name, which readers of the contract look for.")]
public class TerraformStack : Construct
{
    private static readonly SearchValues<char> ForbiddenIdCharacters = SearchValues.Create("*?[]{}!");

    private readonly List<TerraformStack> _dependencies = [];
    private readonly Dictionary<string, TerraformResource> _moveTargets = new(StringComparer.Ordinal);

    public TerraformStack(Construct scope, string id)
        : base(scope, id)
    {
    }

    public IReadOnlyList<TerraformStack> Dependencies => _dependencies;

    internal OverrideSet Overrides { get; } = new();

    internal List<string> DuplicateMoveTargets { get; } = [];

    /// <summary>The nearest stack at or above a construct, or null when there is none.</summary>
    public static TerraformStack? Of(Construct construct)
    {
        for (Construct? scope = construct; scope is not null; scope = scope.Node.Scope)
        {
            if (scope is TerraformStack stack)
            {
                return stack;
            }
        }

        return null;
    }

    public void AddDependency(TerraformStack stack)
    {
        if (!_dependencies.Contains(stack))
        {
            _dependencies.Add(stack);
        }
    }

    /// <summary>Sets a value at a dotted path of the stack JSON, e.g. <c>terraform.required_version</c>.</summary>
    public void AddOverride(string path, Expression value) => Overrides.Add(path, value);

    internal void AddMoveTarget(string target, TerraformResource resource)
    {
        if (!_moveTargets.TryAdd(target, resource))
        {
            DuplicateMoveTargets.Add(target);
        }
    }

    internal TerraformResource? FindMoveTarget(string target) => _moveTargets.GetValueOrDefault(target);

    /// <summary>The elements this stack renders: everything below it except what belongs to a nested stack.</summary>
    internal IEnumerable<TerraformElement> Elements() => ElementsBelow(this);

    protected internal override void Validate(ICollection<Diagnostic> diagnostics)
    {
        var id = Node.Id;
        if (id.Length == 0 || id.Any(char.IsWhiteSpace) || id.AsSpan().ContainsAny(ForbiddenIdCharacters))
        {
            diagnostics.Add(SynthesisDiagnostics.InvalidStackId.At(
                null, $"Stack id '{id}' becomes a directory name: it must be non-empty, without whitespace or any of * ? [ ] {{ }} !", Node.Path));
        }
    }

    private static IEnumerable<TerraformElement> ElementsBelow(Construct scope) =>
        scope.Node.Children.Where(c => c is not TerraformStack)
            .SelectMany(c => c is TerraformElement e ? ElementsBelow(c).Prepend(e) : ElementsBelow(c));
}
