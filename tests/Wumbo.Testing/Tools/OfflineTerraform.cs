namespace Wumbo.Testing.Tools;

/// <summary>
/// Terraform set up to run without a network: providers come only from the filesystem mirror that the
/// machines have pre-installed (hashicorp/aws 5.100.0 under <c>/opt/tf-plugins</c>); direct downloads of
/// hashicorp providers are excluded, so a missing provider fails fast instead of reaching for a registry.
/// </summary>
public static class OfflineTerraform
{
    public const string MirrorPath = "/opt/tf-plugins";
    public const string AwsProviderVersion = "5.100.0";

    public const string CliConfig = $$"""
        provider_installation {
          filesystem_mirror {
            path    = "{{MirrorPath}}"
            include = ["registry.terraform.io/hashicorp/*"]
          }
          direct {
            exclude = ["registry.terraform.io/hashicorp/*"]
          }
        }

        """;

    public static string AwsProviderDirectory =>
        Path.Combine(MirrorPath, "registry.terraform.io", "hashicorp", "aws", AwsProviderVersion, "linux_amd64");

    /// <summary>Writes the offline CLI config into <paramref name="directory"/> and returns its path.</summary>
    public static string WriteCliConfig(string directory)
    {
        var path = Path.Combine(directory, "terraform.rc");
        File.WriteAllText(path, CliConfig);
        return path;
    }

    /// <summary>The terraform binary, or a skip of the running test that says what is missing.</summary>
    public static string RequireTerraform()
    {
        var terraform = ExecutableLocator.Find("terraform");
        TestSkip.Unless(terraform is not null, "terraform is not on PATH; the tests expect Terraform 1.11.4 (pre-installed at /usr/local/bin/terraform on CI machines)");
        TestSkip.Unless(
            Directory.Exists(AwsProviderDirectory),
            "the hashicorp/aws " + AwsProviderVersion + " provider is missing from the filesystem mirror: " + AwsProviderDirectory + " does not exist");
        return terraform!;
    }

    /// <summary>
    /// Every inherited <c>TF_*</c> variable is removed (a developer's <c>TF_VAR_*</c>, plugin cache or workspace
    /// must not leak in); then the private CLI config is set.
    /// </summary>
    public static Dictionary<string, string?> Environment(string cliConfigFile)
    {
        var environment = System.Environment.GetEnvironmentVariables().Keys
            .Cast<string>()
            .Where(name => name.StartsWith("TF_", StringComparison.Ordinal))
            .ToDictionary(name => name, _ => (string?)null, StringComparer.Ordinal);
        environment["TF_CLI_CONFIG_FILE"] = cliConfigFile;
        environment["TF_IN_AUTOMATION"] = "1";
        environment["TF_INPUT"] = "0";
        environment["CHECKPOINT_DISABLE"] = "1";
        return environment;
    }
}
