using System.Collections.Immutable;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// Plans one provider, resource or data source. Blocks are visited breadth-first, attributes before blocks and
/// each in ordinal order; a block of a name and schema met before (<see cref="BlockStructures"/>) reuses that
/// record, so a record is named after the first occurrence: <c>{Class}{Block}</c>, nested
/// <c>{ParentRecord}{Block}</c>. Blocks of other names never share, even when their schemas agree (wafv2's empty
/// <c>none</c> and <c>count</c>, aws_lb's <c>access_logs</c> and <c>connection_logs</c>), so a record's name is always the block's. Object-typed attributes get a record each, <c>{Class or Record}{Attribute}</c>.
/// </summary>
/// <remarks>
/// Block shapes follow cdktf: a block of at most one instance (nesting single or group, or max_items 1) is one
/// record value, written as an object; other list and set blocks are <c>TfList</c>s, map blocks <c>TfMap</c>s. The
/// provider's blocks are always <c>TfList</c>s, as cdktf writes them. Getters follow Terraform's value types, so a
/// list block of max_items 1 is read as a list: <c>lb.AccessLogs.Get(0).Bucket</c>.
/// </remarks>
internal sealed class OwnerPlanner(TypeNameRegistry names, OwnerKind kind, string terraformType)
{
    private const string Dynamic = "Expression";

    private readonly BlockStructures _structures = new();
    private readonly Dictionary<(string Block, int Structure), string> _blockRecords = [];
    private readonly Queue<(string Name, string Path, BlockSchema Block)> _unplannedBlocks = new();
    private readonly List<RecordPlan> _records = [];

    private bool HasGetters => kind != OwnerKind.Provider;

    public OwnerPlan Plan(string className, string configName, BlockSchema root)
    {
        var scope = kind switch
        {
            OwnerKind.Provider => MemberScope.Provider,
            OwnerKind.Resource => MemberScope.Resource,
            _ => MemberScope.DataSource,
        };
        var members = BlockMembers(root, className, string.Empty, scope, [className, configName]);
        while (_unplannedBlocks.TryDequeue(out var block))
        {
            var recordMembers = BlockMembers(block.Block, block.Name, block.Path, MemberScope.Block, RecordTypes(block.Name));
            _records.Add(new RecordPlan(block.Name, block.Path, IsObject: false, recordMembers, HasInput: true, HasGetters));
        }

        return new OwnerPlan(kind, terraformType, className, configName, root.Deprecated, members, [.. _records.OrderBy(r => r.Name, StringComparer.Ordinal)]);
    }

    private ImmutableArray<MemberPlan> BlockMembers(BlockSchema block, string container, string path, MemberScope scope, string[] enclosingTypes)
    {
        var memberNames = Naming.MemberNames(block.Attributes.Select(a => a.Name).Concat(block.Blocks.Select(b => b.Name)), scope, enclosingTypes);
        var members = ImmutableArray.CreateBuilder<MemberPlan>();
        foreach (var attribute in block.Attributes.Where(a => a.IsArgument || HasGetters))
        {
            var (argument, getter) = MapType(attribute.Type, container + Naming.Pascal(attribute.Name), Join(path, attribute.Name), attribute.IsArgument);
            members.Add(new MemberPlan(
                attribute.Name,
                memberNames[attribute.Name],
                attribute.IsArgument ? argument : null,
                HasGetters ? getter : null,
                attribute.Required,
                WriteMethod.Write,
                attribute.Type.IsDynamic,
                attribute.Deprecated,
                attribute.Description));
        }

        foreach (var nested in block.Blocks)
        {
            var record = BlockRecord(nested, container, Join(path, nested.Name));
            var oneObject = nested.IsSingleInstance && kind != OwnerKind.Provider;
            var reference = record + TypeNameRegistry.ReferenceSuffix;
            members.Add(new MemberPlan(
                nested.Name,
                memberNames[nested.Name],
                oneObject ? record : Collection(nested.Nesting, record),
                HasGetters ? (nested.Nesting is NestingMode.Single or NestingMode.Group ? reference : Collection(nested.Nesting, reference)) : null,
                nested.MinItems >= 1,
                oneObject ? WriteMethod.WriteBlock : WriteMethod.Write,
                Dynamic: false,
                nested.Block.Deprecated,
                nested.Block.Description));
        }

        return members.ToImmutable();
    }

    private string BlockRecord(NestedBlockSchema nested, string container, string path)
    {
        var key = (nested.Name, _structures.IdOf(nested.Block));
        if (!_blockRecords.TryGetValue(key, out var record))
        {
            record = names.ClaimRecord(container + Naming.Pascal(nested.Name));
            _blockRecords.Add(key, record);
            _unplannedBlocks.Enqueue((record, path, nested.Block));
        }

        return record;
    }

    /// <summary>The C# types of a Terraform type as an argument and as a getter; objects get records named <paramref name="recordName"/>.</summary>
    private (string Argument, string Getter) MapType(TerraformType type, string recordName, string path, bool isArgument)
    {
        switch (type)
        {
            case { IsDynamic: true }:
                return (Dynamic, Dynamic);
            case PrimitiveType primitive:
                var name = primitive.Name switch
                {
                    "string" => "TfString",
                    "number" => "TfNumber",
                    "bool" => "TfBool",
                    _ => throw new InvalidDataException($"unknown primitive type '{primitive.Name}'"),
                };
                return (name, name);
            case CollectionType collection:
                var (argument, getter) = MapType(collection.Element, recordName, path, isArgument);
                var wrapper = collection.Kind == CollectionKind.Map ? "TfMap" : "TfList";
                return ($"{wrapper}<{argument}>", $"{wrapper}<{getter}>");
            case ObjectType obj:
                var record = ObjectRecord(obj, recordName, path, isArgument);
                return (record, record + TypeNameRegistry.ReferenceSuffix);
            default:
                throw new InvalidDataException($"unsupported type {type}");
        }
    }

    private string ObjectRecord(ObjectType type, string baseName, string path, bool isArgument)
    {
        var name = names.ClaimRecord(baseName);
        var memberNames = Naming.MemberNames(type.Fields.Select(f => f.Name), MemberScope.Block, RecordTypes(name));
        var members = type.Fields.Select(field =>
        {
            var (argument, getter) = MapType(field.Type, name + Naming.Pascal(field.Name), Join(path, field.Name), isArgument);
            return new MemberPlan(
                field.Name,
                memberNames[field.Name],
                isArgument ? argument : null,
                HasGetters ? getter : null,
                Required: false,
                WriteMethod.WriteOrNull,
                field.Type.IsDynamic,
                Deprecated: false,
                Description: null);
        });
        _records.Add(new RecordPlan(name, path, IsObject: true, [.. members], isArgument, HasGetters));
        return name;
    }

    private static string Collection(NestingMode nesting, string element) =>
        (nesting == NestingMode.Map ? "TfMap<" : "TfList<") + element + ">";

    private static string[] RecordTypes(string record) => [record, record + TypeNameRegistry.ReferenceSuffix];

    private static string Join(string path, string name) => path.Length == 0 ? name : path + "." + name;
}
