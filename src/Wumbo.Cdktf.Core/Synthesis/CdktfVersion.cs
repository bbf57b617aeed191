namespace Wumbo.Cdktf.Synthesis;

/// <summary>The cdktf library version the output claims to come from; the CLI reads it for deploy and diff.</summary>
public static class CdktfVersion
{
    public const string Value = "0.21.0";
}
