using System.Collections.Immutable;
using Wumbo.Cdktf.Generator.Schema;

namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>
/// Decides every name and C# type before any code is written: the provider, then resources and data sources in
/// ordinal order, all in one namespace (<see cref="TypeNameRegistry"/>).
/// </summary>
internal static class BindingPlanner
{
    public static ImmutableArray<OwnerPlan> Plan(ProviderSchema schema)
    {
        List<(OwnerKind Kind, string Type, string ClassName, BlockSchema Block)> owners =
        [
            (OwnerKind.Provider, schema.LocalName, Naming.Pascal(schema.LocalName) + "Provider", schema.Provider),
            .. schema.Resources.Select(r => (OwnerKind.Resource, r.Key, Naming.Pascal(r.Key), r.Value)),
            .. schema.DataSources.Select(d => (OwnerKind.DataSource, d.Key, "Data" + Naming.Pascal(d.Key), d.Value)),
        ];

        var names = new TypeNameRegistry();
        foreach (var owner in owners)
        {
            names.ReserveClass(owner.ClassName);
        }

        var configNames = owners.Select(o => names.Claim(o.ClassName + "Config")).ToList();
        return [.. owners.Select((o, i) => new OwnerPlanner(names, o.Kind, o.Type).Plan(o.ClassName, configNames[i], o.Block))];
    }
}
