using System.Globalization;

namespace Wumbo.Testing.Tools;

/// <summary>
/// One diagnostic from Terraform's machine-readable output (<c>-json</c>). <see cref="Address"/> is the resource
/// address or the configuration context (<c>resource.aws_vpc.vpc</c>), when Terraform names one.
/// </summary>
public sealed record TerraformDiagnostic(string Severity, string Summary, string Detail, string? Address, TerraformRange? Range)
{
    public bool IsError => string.Equals(Severity, "error", StringComparison.Ordinal);

    public override string ToString()
    {
        var where = Range is null ? "terraform" : Range.ToString();
        var address = Address is null ? string.Empty : " [" + Address + "]";
        var detail = Detail.Length == 0 ? string.Empty : ": " + Detail;
        return where + ": " + Severity + ": " + Summary + detail + address;
    }
}

/// <summary>A 1-based source range in the configuration.</summary>
public sealed record TerraformRange(string FileName, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{FileName}({StartLine},{StartColumn})");
}
