namespace Wumbo.Cdktf.Constructs;

/// <summary>Something <c>depends_on</c> can name; rendered as its bare address (CONTRACT §7.1).</summary>
public interface ITerraformDependable
{
    string Address { get; }
}
