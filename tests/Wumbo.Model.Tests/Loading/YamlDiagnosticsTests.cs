using System.Text;
using Wumbo.Diagnostics;
using Wumbo.Model.Yaml;
using Wumbo.Testing;

namespace Wumbo.Model.Tests.Loading;

/// <summary>One failing example per YAML and binding code (WUM1xxx) and per value type (WUM2001–2005): code, line, column.</summary>
public sealed class YamlDiagnosticsTests
{
    private static readonly string Development = File.ReadAllText(Path.Combine(RepositoryPaths.Environments, "development.yaml"));

    /// <summary>Replaces the first line that starts (after indentation) with <paramref name="lineStart"/>.</summary>
    private static string WithLine(string lineStart, string replacement)
    {
        var lines = Development.Split('\n');
        var index = Array.FindIndex(lines, l => l.TrimStart().StartsWith(lineStart, StringComparison.Ordinal));
        Assert.True(index >= 0, $"no line starts with '{lineStart}'");
        lines[index] = replacement;
        return string.Join('\n', lines);
    }

    /// <summary>The 1-based line and column of <paramref name="needle"/> in <paramref name="text"/>.</summary>
    private static (int Line, int Column) Find(string text, string needle)
    {
        var offset = text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(offset >= 0, $"'{needle}' not in the text");
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1)) + 1;
        return (text[..offset].Count(c => c == '\n') + 1, offset - lineStart + 1);
    }

    private static Diagnostic Single(string code, string yaml, string path = "environments/development.yaml")
    {
        var result = EnvironmentFiles.LoadText(yaml, path);
        Assert.True(result.HasErrors);
        Assert.Empty(result.Environments);
        return Assert.Single(result.Diagnostics, d => d.Code == code);
    }

    private static void AssertAt(Diagnostic diagnostic, (int Line, int Column) expected)
    {
        Assert.NotNull(diagnostic.Span);
        Assert.Equal(expected, (diagnostic.Span.Value.StartLine, diagnostic.Span.Value.StartColumn));
    }

    [Fact]
    public void WUM1001_syntax_error_points_at_the_problem()
    {
        var yaml = "environment:\n  name: development\n  tags: {a: b\n";

        var diagnostic = Single("WUM1001", yaml);

        Assert.Equal(4, diagnostic.Span!.Value.StartLine);
        Assert.Equal("environments/development.yaml", diagnostic.Span.Value.File);
    }

    [Theory]
    [InlineData("name:", "\tname: development")]
    [InlineData("domain:", "\tdomain: wumbo.app")]
    [InlineData("git_branch:", "  \tgit_branch: develop")]
    public void WUM1001_a_tab_used_for_indentation_is_reported_at_the_tab(string lineStart, string replacement)
    {
        var yaml = WithLine(lineStart, replacement);

        var diagnostic = Single("WUM1001", yaml);

        AssertAt(diagnostic, Find(yaml, replacement.TrimStart(' ')));
        Assert.Equal("indent with spaces; YAML does not allow tabs for indentation", diagnostic.Hint);
    }

    [Fact]
    public void WUM1002_invalid_utf8_names_the_byte_and_its_position()
    {
        var bytes = Encoding.UTF8.GetBytes("environment:\n  name: dévelopment\n").ToList();
        bytes.Insert(bytes.IndexOf((byte)'l'), 0xFF);

        var result = EnvironmentLoader.Load([new SourceFile("environments/development.yaml", bytes.ToArray())]);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WUM1002", diagnostic.Code);
        Assert.Contains("0xFF", diagnostic.Message, StringComparison.Ordinal);
        AssertAt(diagnostic, (2, 13)); // after "  name: déve": 12 characters, the é counts once
    }

    [Fact]
    public void WUM1003_duplicate_key_points_at_the_second_and_names_the_first()
    {
        var yaml = WithLine("nat_gateways:", "  nat_gateways: 1\n  nat_gateways: 2");

        var diagnostic = Single("WUM1003", yaml);

        AssertAt(diagnostic, Find(yaml, "nat_gateways: 2"));
        Assert.Contains($"line {Find(yaml, "nat_gateways: 1").Line}", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1004_unknown_key_suggests_the_closest_known_key()
    {
        var yaml = WithLine("nat_gateways:", "  nat_gateway: 1");

        var diagnostic = Single("WUM1004", yaml);

        AssertAt(diagnostic, Find(yaml, "nat_gateway: 1"));
        Assert.Contains("did you mean 'nat_gateways'?", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal("network.nat_gateway", diagnostic.ModelPath);
    }

    [Fact]
    public void WUM1005_wrong_type_says_what_was_expected()
    {
        var yaml = WithLine("availability_zones:", "  availability_zones: two");

        var diagnostic = Single("WUM1005", yaml);

        AssertAt(diagnostic, Find(yaml, "two\n"));
        Assert.Contains("must be an integer", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1006_missing_required_value_points_at_the_mapping_that_lacks_it()
    {
        var yaml = WithLine("nat_gateways:", string.Empty);

        var diagnostic = Single("WUM1006", yaml);

        AssertAt(diagnostic, Find(yaml, "network:"));
        Assert.Equal("network.nat_gateways", diagnostic.ModelPath);
    }

    [Fact]
    public void WUM1007_out_of_range_gives_the_bounds()
    {
        var yaml = WithLine("availability_zones:", "  availability_zones: 9");

        var diagnostic = Single("WUM1007", yaml);

        AssertAt(diagnostic, Find(yaml, "9"));
        Assert.Contains("between 1 and 6", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1008_pattern_mismatch_names_the_pattern()
    {
        var yaml = WithLine("- name: backend", "    - name: Backend_API");

        var diagnostic = Single("WUM1008", yaml);

        AssertAt(diagnostic, Find(yaml, "Backend_API"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n")]
    [InlineData("---\n...\n")]
    public void WUM1009_empty_file(string yaml) => AssertAt(Single("WUM1009", yaml), (1, 1));

    [Fact]
    public void WUM1010_file_too_large_is_refused_before_parsing()
    {
        var result = EnvironmentLoader.Load(
            [new SourceFile("environments/development.yaml", Encoding.UTF8.GetBytes(Development))],
            YamlLimits.Default with { MaxBytes = 100 });

        Assert.Equal("WUM1010", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void WUM1011_deep_nesting_fails_fast()
    {
        var yaml = "environment: " + new string('[', 5000) + new string(']', 5000) + "\n";

        var diagnostic = Single("WUM1011", yaml);

        Assert.Contains("64 levels", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1012_alias_bomb_fails_fast()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append(System.Globalization.CultureInfo.InvariantCulture, $"a{i}: &a{i} [*a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}, *a{i - 1}]\n");
        }

        var diagnostic = Single("WUM1012", yaml.ToString());

        Assert.Contains("100000", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1013_second_document_is_reported()
    {
        var yaml = Development + "---\nenvironment: {}\n";

        AssertAt(Single("WUM1013", yaml), Find(yaml, "---\nenvironment: {}"));
    }

    [Fact]
    public void WUM1014_custom_tag_is_refused()
    {
        var yaml = WithLine("name: development", "  name: !vault development");

        AssertAt(Single("WUM1014", yaml), Find(yaml, "!vault"));
    }

    [Fact]
    public void WUM1015_file_must_be_named_after_its_environment()
    {
        var diagnostic = Single("WUM1015", Development, "environments/dev.yaml");

        AssertAt(diagnostic, Find(Development, "development\n"));
        Assert.Contains("rename the file to 'development.yaml'", diagnostic.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1016_secret_value_is_refused_without_echoing_it()
    {
        var yaml = WithLine("database_name:", "  database_name: wumbo\n  master_password: hunter2-not-real");

        var diagnostic = Single("WUM1016", yaml);

        AssertAt(diagnostic, Find(yaml, "hunter2-not-real"));
        Assert.DoesNotContain("hunter2", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1017_credential_looking_value_is_refused_anywhere()
    {
        var yaml = WithLine("Owner:", "    Owner: AKIAIOSFODNN7EXAMPLE");

        var diagnostic = Single("WUM1017", yaml);

        AssertAt(diagnostic, Find(yaml, "AKIAIOSFODNN7EXAMPLE"));
        Assert.DoesNotContain("AKIA", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("  purpose: \"password=hunter2-Sup3rS3cret\"", "hunter2", "a credential written as name=value")]
    [InlineData("  purpose: \"postgresql://wumbo:hunter2-x@db.example/wumbo\"", "hunter2", "a URL with a password")]
    public void WUM1017_a_credential_in_free_text_is_refused_without_echoing_it(string replacement, string secret, string kind)
    {
        var yaml = WithLine("purpose:", replacement);

        var diagnostic = Single("WUM1017", yaml);

        Assert.Equal("this value looks like " + kind, diagnostic.Message);
        Assert.DoesNotContain(secret, diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_the_model_declares_is_a_setting_even_when_its_name_says_secret()
    {
        Assert.Contains("secret_recovery_window_days: 7", Development, StringComparison.Ordinal);

        var result = EnvironmentFiles.LoadText(Development, "environments/development.yaml");

        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "WUM1016");
    }

    [Fact]
    public void WUM1016_a_secret_named_key_the_model_does_not_declare_is_still_refused()
    {
        var yaml = WithLine("Owner:", "    api_token: hunter2");

        var diagnostic = Single("WUM1016", yaml);

        Assert.DoesNotContain("hunter2", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1018_unknown_choice_suggests_the_closest()
    {
        var yaml = WithLine("cpu_architecture:", "  cpu_architecture: arm");

        var diagnostic = Single("WUM1018", yaml);

        AssertAt(diagnostic, Find(yaml, "arm\n"));
        Assert.Contains("did you mean 'arm64'?", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WUM1019_backend_needs_exactly_one_choice()
    {
        var yaml = Development.Replace("state_backend:\n", "state_backend:\n  local: {path: null}\n", StringComparison.Ordinal);

        AssertAt(Single("WUM1019", yaml), Find(yaml, "state_backend:"));
    }

    [Fact]
    public void WUM1020_no_files_is_an_error()
    {
        var result = EnvironmentLoader.Load([]);

        Assert.Equal("WUM1020", Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void WUM1021_environment_defined_twice()
    {
        var bytes = Encoding.UTF8.GetBytes(Development);

        var result = EnvironmentLoader.Load([
            new SourceFile("environments/development.yaml", bytes),
            new SourceFile("environments/development.yml", bytes)]);

        // One mistake, one diagnostic: the twin is not compared with itself by the rules across environments.
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("WUM1021", diagnostic.Code);
        Assert.Equal("environments/development.yml", diagnostic.Span!.Value.File);
    }

    [Theory]
    [InlineData("WUM2001", "region:", "  region: us-east-9", "us-east-9")]
    [InlineData("WUM2002", "vpc_cidr:", "  vpc_cidr: 10.10.0.1/16", "10.10.0.1/16")]
    [InlineData("WUM2003", "ios_bundle_id:", "  ios_bundle_id: com.built_by_dusty.wumbo.dev", "com.built_by_dusty.wumbo.dev")]
    [InlineData("WUM2004", "android_package:", "  android_package: com.built-by-dusty.wumbo.android", "com.built-by-dusty.wumbo.android")]
    [InlineData("WUM2005", "alarm_emails:", "  alarm_emails: [alerts-at-wumbo.app]", "alerts-at-wumbo.app")]
    public void Value_types_report_their_own_code_at_the_value(string code, string lineStart, string replacement, string value)
    {
        var yaml = WithLine(lineStart, replacement);

        var diagnostic = Single(code, yaml);

        AssertAt(diagnostic, Find(yaml, value));
        Assert.Contains(value, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_in_a_file_is_reported_at_once_in_order()
    {
        var yaml = WithLine("availability_zones:", "  availability_zones: two")
            .Replace("cpu_architecture: arm64", "cpu_architecture: arm", StringComparison.Ordinal)
            .Replace("region: us-east-1", "region: mars-1", StringComparison.Ordinal);

        var result = EnvironmentFiles.LoadText(yaml);

        Assert.Equal(["WUM2001", "WUM1005", "WUM1018"], result.Diagnostics.Select(d => d.Code));
        Assert.Equal(result.Diagnostics.Order(DiagnosticOrder.Instance), result.Diagnostics);
    }
}
