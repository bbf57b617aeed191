using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Wumbo.Cdktf.Synthesis;

/// <summary>cdktf's <c>makeUniqueId</c> (CONTRACT §3): the logical id of an element from its path below the stack.</summary>
public static class LogicalIds
{
    private const int MaxHumanLength = 240;
    private const int MaxVerbatimLength = 255;

    /// <summary>The logical id, or null when no component is left once <c>Default</c> is removed.</summary>
    public static string? Allocate(IEnumerable<string> components)
    {
        var kept = components.Where(c => c != "Default").ToList();
        if (kept.Count == 0)
        {
            return null;
        }

        if (kept.Count == 1)
        {
            var candidate = RemoveDisallowed(kept[0]);
            if (candidate.Length <= MaxVerbatimLength)
            {
                return candidate;
            }
        }

        var human = string.Join("_", RemoveDupes(kept).Where(c => c != "Resource").Select(RemoveDisallowed));
        return (human.Length > MaxHumanLength ? human[..MaxHumanLength] : human) + "_" + Hash(kept);
    }

    private static string Hash(IEnumerable<string> components)
    {
        // MD5 is an identifier hash here, fixed by the cdktf contract, not a security measure.
#pragma warning disable CA5351
        var digest = MD5.HashData(Encoding.UTF8.GetBytes(string.Join("/", components)));
#pragma warning restore CA5351
        return Convert.ToHexString(digest, 0, 4).ToUpper(CultureInfo.InvariantCulture);
    }

    // Drops a component when the previously kept one ends with it ("web-alb", "alb" -> "web-alb").
    private static List<string> RemoveDupes(List<string> components)
    {
        var result = new List<string>();
        foreach (var component in components)
        {
            if (result.Count == 0 || !result[^1].EndsWith(component, StringComparison.Ordinal))
            {
                result.Add(component);
            }
        }

        return result;
    }

    private static string RemoveDisallowed(string component) =>
        string.Concat(component.Where(c => char.IsAsciiLetterOrDigit(c) || c == '_' || c == '-'));
}
