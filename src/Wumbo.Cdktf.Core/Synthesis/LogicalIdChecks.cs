using Wumbo.Cdktf.Constructs;
using Wumbo.Diagnostics;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>The resolve phase: every element of a stack has a logical id and a unique address (never a silent overwrite).</summary>
internal static class LogicalIdChecks
{
    public static void Check(TerraformStack stack, List<Diagnostic> diagnostics)
    {
        var elements = stack.Elements().ToList();
        foreach (var element in elements.Where(e => e.LogicalId.Length == 0))
        {
            diagnostics.Add(SynthesisDiagnostics.EmptyLogicalId.At(
                null, $"'{element.Node.Path}' has no usable id below its stack (ids named 'Default' are dropped)", element.Node.Path));
        }

        foreach (var group in elements.GroupBy(e => e.Address, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var paths = string.Join(", ", group.Select(e => "'" + e.Node.Path + "'"));
            diagnostics.Add(SynthesisDiagnostics.LogicalIdCollision.At(
                null, $"{paths} all render as '{group.Key}'; rename one or call OverrideLogicalId", group.Last().Node.Path));
        }

        foreach (var target in stack.DuplicateMoveTargets)
        {
            diagnostics.Add(SynthesisDiagnostics.DuplicateMoveTarget.At(null, $"Move target '{target}' is declared by two resources", stack.Node.Path));
        }
    }
}
