namespace Wumbo.Model.Validation;

/// <summary>Finds repeated keys in a list, keeping list order so that diagnostics are deterministic.</summary>
internal static class Duplicates
{
    /// <summary>Each index whose key already occurred, paired with the index of its first occurrence.</summary>
    public static IEnumerable<(int Index, int FirstIndex)> Find<T>(
        IReadOnlyList<T> items, Func<T, string> key, IEqualityComparer<string> comparer)
    {
        var first = new Dictionary<string, int>(comparer);
        for (var i = 0; i < items.Count; i++)
        {
            if (!first.TryAdd(key(items[i]), i))
            {
                yield return (i, first[key(items[i])]);
            }
        }
    }
}
