using Wumbo.Testing;

namespace Wumbo.Model.Tests.Loading;

/// <summary>Loads the checked-in environment files, or one in-memory file.</summary>
internal static class EnvironmentFiles
{
    public static ModelLoadResult Load() => EnvironmentLoader.Load(CheckedInEnvironments.Files());

    /// <summary>Loads one in-memory file, named like a real one so the file-name check passes.</summary>
    public static ModelLoadResult LoadText(string yaml, string path = "environments/development.yaml") =>
        EnvironmentLoader.Load([new SourceFile(path, System.Text.Encoding.UTF8.GetBytes(yaml))]);
}
