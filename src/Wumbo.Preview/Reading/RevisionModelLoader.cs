using System.Collections.Immutable;
using System.Globalization;
using Wumbo.Diagnostics;
using Wumbo.Hosting;
using Wumbo.Model;

namespace Wumbo.Preview.Reading;

/// <summary>
/// Loads a checkout's <c>environments/</c> with this build's model, as every host loads them. The base checkout is an
/// older revision: when its files no longer load (a key renamed since, a rule added), the reason is kept, with paths
/// relative to the checkout, and its costs are shown as not available rather than failing the preview.
/// </summary>
internal static class RevisionModelLoader
{
    public const string EnvironmentsFolder = "environments";

    public static RevisionModels Load(string root, string label)
    {
        var directory = Path.Combine(root, EnvironmentsFolder);
        if (!Directory.Exists(directory))
        {
            return RevisionModels.Unavailable($"the {label} checkout has no {EnvironmentsFolder}/ folder");
        }

        var loaded = EnvironmentLoader.Load(EnvironmentFiles.Read(directory));
        var errors = loaded.Diagnostics.Where(d => d.IsError).ToList();
        if (errors.Count > 0)
        {
            var more = errors.Count == 1 ? string.Empty : string.Create(CultureInfo.InvariantCulture, $" (and {errors.Count - 1} more)");
            return RevisionModels.Unavailable($"the {label} environment files do not load with this model: {Relative(errors[0], root)}{more}");
        }

        return new RevisionModels(loaded.Environments.ToImmutableSortedDictionary(e => e.Name, e => e, StringComparer.Ordinal), null);
    }

    private static string Relative(Diagnostic diagnostic, string root) =>
        diagnostic.Span is { } span
            ? string.Create(CultureInfo.InvariantCulture, $"{Path.GetRelativePath(root, span.File).Replace('\\', '/')}({span.StartLine},{span.StartColumn}): {diagnostic.Text}")
            : diagnostic.Text;
}
