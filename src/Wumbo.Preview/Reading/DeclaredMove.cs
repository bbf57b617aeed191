namespace Wumbo.Preview.Reading;

/// <summary>A <c>moved</c> block of a stack: Terraform hands the state at <see cref="From"/> to <see cref="To"/> instead of destroying it.</summary>
public sealed record DeclaredMove(string From, string To)
{
    /// <summary>The resource address <see cref="To"/> names, without an instance key (<c>aws_vpc.many["a"]</c> → <c>aws_vpc.many</c>).</summary>
    public string ToResource => WithoutInstanceKey(To);

    /// <summary>The resource address <see cref="From"/> names, without an instance key.</summary>
    public string FromResource => WithoutInstanceKey(From);

    private static string WithoutInstanceKey(string address)
    {
        var bracket = address.IndexOf('[', StringComparison.Ordinal);
        return bracket < 0 ? address : address[..bracket];
    }
}
