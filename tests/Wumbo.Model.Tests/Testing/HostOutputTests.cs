using Wumbo.Testing;
using Wumbo.Testing.Hosting;

namespace Wumbo.Model.Tests.Testing;

/// <summary>The checks the hosts' tests make of their output refuse what they must refuse.</summary>
public sealed class HostOutputTests
{
    private const string Diagnostic = "environments/staging.yaml(25,17): error WUM1007: 'nat_gateways' is 7\n";

    [Theory]
    [InlineData("\u001b[31merror\u001b[0m\n")]
    [InlineData("\u009b31m")]
    [InlineData("done\r\n")]
    [InlineData("a\tb\n")]
    [InlineData("\u0007")]
    public void Colour_and_control_codes_are_not_plain_text(string output) =>
        Assert.Throws<CheckFailedException>(() => HostOutput.AssertPlain(output, "stdout"));

    [Fact]
    public void Lines_of_any_script_are_plain_text() =>
        HostOutput.AssertPlain("Synthesized 1 environment (production): 1 resource, in 0.10 s\n| ⚠️ replace | `a` | $1.00–$2.00 |\n", "stdout");

    [Fact]
    public void A_diagnostic_must_be_followed_by_its_own_annotation()
    {
        HostOutput.AssertAnnotated(Diagnostic + "::error file=environments/staging.yaml,line=25,col=17,endLine=25,endColumn=18,title=WUM1007::'nat_gateways' is 7\n", "WUM1007");

        Assert.Throws<CheckFailedException>(() => HostOutput.AssertAnnotated(Diagnostic, "WUM1007"));
        Assert.Throws<CheckFailedException>(() => HostOutput.AssertAnnotated(Diagnostic + "::error file=environments/staging.yaml,line=26,col=17,title=WUM1007::'nat_gateways' is 7\n", "WUM1007"));
        Assert.Throws<CheckFailedException>(() => HostOutput.AssertAnnotated(Diagnostic + "::warning file=environments/staging.yaml,line=25,col=17,title=WUM1007::'nat_gateways' is 7\n", "WUM1007"));
        Assert.Throws<CheckFailedException>(() => HostOutput.AssertAnnotated(Diagnostic + "::error file=environments/staging.yaml,line=25,col=17,title=WUM1007::'nat_gateways' is 8\n", "WUM1007"));
        Assert.Throws<CheckFailedException>(() => HostOutput.AssertAnnotated("no diagnostic\n", "WUM1007"));
    }

    [Fact]
    public void Output_without_workflow_commands_is_not_annotated()
    {
        HostOutput.AssertNotAnnotated(Diagnostic + "a line with :: inside\n");

        Assert.Throws<CheckFailedException>(() => HostOutput.AssertNotAnnotated(Diagnostic + "::error title=WUM1007::x\n"));
    }
}
