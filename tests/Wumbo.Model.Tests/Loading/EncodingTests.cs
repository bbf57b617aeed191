using System.Text;
using Wumbo.Testing;

namespace Wumbo.Model.Tests.Loading;

/// <summary>Files saved by other editors: CRLF line endings and a UTF-8 byte order mark load, with the same positions.</summary>
public sealed class EncodingTests
{
    private static readonly string Development = File.ReadAllText(Path.Combine(RepositoryPaths.Environments, "development.yaml"));

    private static ModelLoadResult Load(byte[] bytes) => EnvironmentLoader.Load([new SourceFile("environments/development.yaml", bytes)]);

    [Fact]
    public void A_crlf_file_loads_like_the_lf_file()
    {
        var result = Load(Encoding.UTF8.GetBytes(Development.Replace("\n", "\r\n", StringComparison.Ordinal)));

        Assert.Empty(result.Diagnostics);
        Assert.Equal("development", Assert.Single(result.Environments).Name);
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_loads()
    {
        var result = Load([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Development)]);

        Assert.Empty(result.Diagnostics);
    }

    [Fact]
    public void Positions_in_a_crlf_file_match_the_lf_file()
    {
        var broken = Development.Replace("nat_gateways: 1", "nat_gateways: 9", StringComparison.Ordinal);

        var lf = Assert.Single(Load(Encoding.UTF8.GetBytes(broken)).Diagnostics);
        var crlf = Assert.Single(Load(Encoding.UTF8.GetBytes(broken.Replace("\n", "\r\n", StringComparison.Ordinal))).Diagnostics);

        Assert.Equal(lf.ToString(), crlf.ToString());
    }
}
