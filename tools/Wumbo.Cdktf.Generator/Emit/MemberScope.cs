namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>Where a generated member lives; each scope inherits other members its names must not hide.</summary>
internal enum MemberScope
{
    /// <summary>A resource class and its config record (<c>TerraformResource</c>, <c>TerraformMetaArguments</c>).</summary>
    Resource,

    /// <summary>A data source class and its config record (<c>TerraformDataSource</c>, <c>TerraformMetaArguments</c>).</summary>
    DataSource,

    /// <summary>The provider class and its config record (<c>TerraformProvider</c>, a plain record with <c>Alias</c>).</summary>
    Provider,

    /// <summary>A block or object record (<c>TfBlock</c>) and its reference struct (<c>ITfValue&lt;T&gt;</c>).</summary>
    Block,
}
