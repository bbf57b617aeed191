using System.Collections.Immutable;

namespace Wumbo.Cdktf.Generator.Schema;

/// <summary>
/// One provider's schema: its configuration block and the blocks of its resources and data sources, by type.
/// <see cref="Source"/> is the registry address without the host (<c>hashicorp/aws</c>); <see cref="LocalName"/>
/// is the provider's type name (<c>aws</c>).
/// </summary>
internal sealed record ProviderSchema(
    string Source,
    string Version,
    BlockSchema Provider,
    ImmutableSortedDictionary<string, BlockSchema> Resources,
    ImmutableSortedDictionary<string, BlockSchema> DataSources)
{
    public string LocalName => Source[(Source.LastIndexOf('/') + 1)..];
}
