namespace Wumbo.Preview.Resources;

/// <summary>Parts of a resource address (<c>aws_db_instance.database_instance_D7FC2283</c>).</summary>
public static class TerraformAddress
{
    /// <summary>The resource type: the address up to its first dot.</summary>
    public static string TypeOf(string address)
    {
        var dot = address.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? address : address[..dot];
    }
}
