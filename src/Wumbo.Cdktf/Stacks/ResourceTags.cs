using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>Tags every resource carries (through the provider's default_tags), and the Name tag of one resource.</summary>
internal static class ResourceTags
{
    public static SortedDictionary<string, string> Defaults(EnvironmentModel environment)
    {
        // The model's own tags first, so the three tags that cost reports and policies rely on always win.
        var tags = new SortedDictionary<string, string>(environment.Environment.Tags, StringComparer.Ordinal)
        {
            ["Project"] = "wumbo",
            ["Environment"] = environment.Name,
            ["ManagedBy"] = "wumbo-cdktf",
        };
        return tags;
    }

    /// <summary><c>&lt;env&gt;-wumbo-&lt;suffix&gt;</c>, the naming scheme of the deployment summary (e.g. development-wumbo-backend).</summary>
    public static string Name(EnvironmentModel environment, string suffix) => $"{environment.Name}-wumbo-{suffix}";
}
