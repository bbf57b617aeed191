namespace Wumbo.Testing;

/// <summary>
/// Paths of the repository under test, found from the test assembly's location so that tests run the
/// same from any working directory. CI clones the repository with <c>shared/</c> beside it.
/// </summary>
public static class RepositoryPaths
{
    private static readonly Lazy<string> RootPath = new(FindRoot);

    /// <summary>The directory that holds Wumbo.sln.</summary>
    public static string Root => RootPath.Value;

    public static string Environments => Path.Combine(Root, "environments");

    /// <summary><c>../shared/reference</c>: the cdktf contract, samples and reference documents.</summary>
    public static string SharedReference => Path.GetFullPath(Path.Combine(Root, "..", "shared", "reference"));

    public static string CdktfReference => Path.Combine(SharedReference, "cdktf");

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
