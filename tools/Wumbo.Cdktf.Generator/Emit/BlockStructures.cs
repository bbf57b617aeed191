using System.Globalization;
using System.Text;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// Numbers the distinct block schemas of one Terraform type. Two blocks get one number when they are the same in
/// everything generated code shows: attributes (name, type, required/optional/computed/deprecated) and nested
/// blocks (name, nesting, item counts, and their own number), recursively; descriptions do not count. Blocks of
/// one name and one number share one record: aws_wafv2_web_acl nests 9,828 blocks, which take a hundred-odd records.
/// </summary>
internal sealed class BlockStructures
{
    private readonly Dictionary<BlockSchema, int> _byBlock = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<string, int> _byKey = new(StringComparer.Ordinal);

    public int IdOf(BlockSchema block)
    {
        if (_byBlock.TryGetValue(block, out var known))
        {
            return known;
        }

        var key = new StringBuilder();
        key.Append(block.Deprecated ? "deprecated;" : ";");
        foreach (var attribute in block.Attributes)
        {
            key.Append(CultureInfo.InvariantCulture, $"a {attribute.Name} {attribute.Type} {Flags(attribute)};");
        }

        foreach (var nested in block.Blocks)
        {
            key.Append(CultureInfo.InvariantCulture, $"b {nested.Name} {nested.Nesting} {nested.MinItems} {nested.MaxItems} #{IdOf(nested.Block)};");
        }

        if (!_byKey.TryGetValue(key.ToString(), out var id))
        {
            id = _byKey.Count;
            _byKey.Add(key.ToString(), id);
        }

        _byBlock.Add(block, id);
        return id;
    }

    private static string Flags(AttributeSchema attribute) => string.Concat(
        attribute.Required ? "r" : string.Empty,
        attribute.Optional ? "o" : string.Empty,
        attribute.Computed ? "c" : string.Empty,
        attribute.Deprecated ? "d" : string.Empty);
}
