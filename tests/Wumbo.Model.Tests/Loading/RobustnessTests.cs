using Wumbo.Testing;

namespace Wumbo.Model.Tests.Loading;

/// <summary>No input, however broken, makes the loader throw: truncated and byte-flipped copies of a real file.</summary>
public sealed class RobustnessTests
{
    private static readonly byte[] Development = File.ReadAllBytes(Path.Combine(RepositoryPaths.Environments, "development.yaml"));

    [Fact]
    public void Truncating_a_valid_file_anywhere_gives_diagnostics_not_exceptions()
    {
        for (var length = 0; length < Development.Length; length += 7)
        {
            var result = EnvironmentLoader.Load([new SourceFile("environments/development.yaml", Development.AsMemory(0, length))]);

            Assert.True(result.HasErrors || result.Environments.Length == 1, $"length {length}");
        }
    }

    [Fact]
    public void Corrupting_bytes_gives_diagnostics_not_exceptions()
    {
        var random = new Random(20261129); // fixed seed: the same mutations on every run
        for (var run = 0; run < 3000; run++)
        {
            var copy = (byte[])Development.Clone();
            for (var flips = 0; flips < 3; flips++)
            {
                copy[random.Next(copy.Length)] = (byte)random.Next(256);
            }

            var result = EnvironmentLoader.Load([new SourceFile("environments/development.yaml", copy)]);

            Assert.True(result.HasErrors == result.Environments.IsEmpty, $"run {run}");
        }
    }
}
