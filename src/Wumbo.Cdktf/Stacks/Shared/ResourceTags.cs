using Wumbo.Model.Domain;

namespace Wumbo.Cdktf.Stacks;

/// <summary>Tags every resource carries, through the provider's default_tags.</summary>
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
}
