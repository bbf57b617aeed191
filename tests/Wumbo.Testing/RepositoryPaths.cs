namespace Wumbo.Testing;

/// <summary>
/// Paths of the repository under test, found from the test assembly's location so that tests run the
/// same from any working directory. Nothing outside the repository is ever read: reference data the tests
/// compare against is copied into <c>tests/Fixtures</c> (its README names each file's source).
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The directory that holds Wumbo.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Environments => Path.Combine(Root, "environments");

    /// <summary><c>tests/Fixtures</c>: reference data copied into the repository, with its sources.</summary>
    public static string Fixtures => Path.Combine(Root, "tests", "Fixtures");

    /// <summary>Real <c>cdktf synth</c> outputs and cdktf's logical-ID vectors (cdktf 0.21.0).</summary>
    public static string CdktfFixtures => Path.Combine(Fixtures, "cdktf");

    /// <summary><c>src/Wumbo.Cdktf.Aws</c>: the generated AWS classes, their schema subset and type list.</summary>
    public static string AwsBindings => Path.Combine(Root, "src", "Wumbo.Cdktf.Aws");

    /// <summary>The checked-in hashicorp/aws schema subset the AWS classes are generated from.</summary>
    public static string AwsSchemaSubset => Path.Combine(AwsBindings, "Schema", "hashicorp-aws-" + Tools.OfflineTerraform.AwsProviderVersion + ".json");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wumbo.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Wumbo.sln not found above " + AppContext.BaseDirectory);
    }
}
