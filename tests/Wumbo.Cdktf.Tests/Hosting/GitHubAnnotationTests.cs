using Wumbo.Diagnostics;
using Wumbo.Hosting;

namespace Wumbo.Cdktf.Tests.Hosting;

public sealed class GitHubAnnotationTests
{
    [Fact]
    public void An_error_at_a_yaml_line_is_an_error_command_on_that_line()
    {
        var diagnostic = new Diagnostic("WUM2001", DiagnosticSeverity.Error, "cpu must be one of 256, 512", SourceSpan.At("environments/production.yaml", 68, 19));

        Assert.Equal("::error file=environments/production.yaml,line=68,col=19,title=WUM2001::cpu must be one of 256, 512", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void A_warning_without_a_place_keeps_its_hint_and_escapes_what_GitHub_reads_as_syntax()
    {
        var diagnostic = new Diagnostic("WUM3001", DiagnosticSeverity.Warning, "100% of\nthe stack", null, Hint: "see a:b");

        Assert.Equal("::warning title=WUM3001::100%25 of%0Athe stack (see a:b)", GitHubAnnotation.Format(diagnostic));
    }

    [Fact]
    public void A_span_over_several_columns_gives_its_end_and_a_path_with_a_comma_is_escaped()
    {
        var diagnostic = new Diagnostic("WUM1001", DiagnosticSeverity.Error, "m", new SourceSpan("a,b:c.yaml", 3, 1, 3, 9));

        Assert.Equal("::error file=a%2Cb%3Ac.yaml,line=3,col=1,endLine=3,endColumn=9,title=WUM1001::m", GitHubAnnotation.Format(diagnostic));
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("True", true)]
    [InlineData("false", false)]
    [InlineData(null, false)]
    public void Annotations_are_on_only_under_GitHub_Actions(string? value, bool enabled) =>
        Assert.Equal(enabled, GitHubAnnotation.IsEnabled(name => name == "GITHUB_ACTIONS" ? value : null));
}
