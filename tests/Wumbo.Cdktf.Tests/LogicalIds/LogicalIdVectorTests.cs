using System.Text.Json;
using CdktfLogicalIds = Wumbo.Cdktf.Synthesis.LogicalIds;
using Wumbo.Cdktf.Tests.Support;
using Wumbo.Testing;

namespace Wumbo.Cdktf.Tests.LogicalIds;

/// <summary>cdktf's own <c>makeUniqueId</c> results, and every <c>uniqueId</c> in the samples' metadata.</summary>
public sealed class LogicalIdVectorTests
{
    public static TheoryData<string[], string> Vectors()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.CdktfFixtures, "logical-id-vectors.json")));
        var data = new TheoryData<string[], string>();
        foreach (var vector in document.RootElement.EnumerateArray())
        {
            data.Add([.. vector.GetProperty("components").EnumerateArray().Select(c => c.GetString()!)], vector.GetProperty("logicalId").GetString()!);
        }

        return data;
    }

    public static TheoryData<string, string> SampleUniqueIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var file in SampleFiles.All().Where(f => f.EndsWith("cdk.tf.json", StringComparison.Ordinal)))
        {
            using var document = JsonDocument.Parse(SampleFiles.Read(file));
            foreach (var metadata in FindMetadata(document.RootElement))
            {
                data.Add(metadata.Path, metadata.UniqueId);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Vectors))]
    public void Matches_cdktf_vector(string[] components, string expected)
    {
        Assert.Equal(expected, CdktfLogicalIds.Allocate(components));
    }

    [Fact]
    public void All_26_vectors_are_read()
    {
        Assert.Equal(26, Vectors().Count);
    }

    [Theory]
    [MemberData(nameof(SampleUniqueIds))]
    public void Matches_the_unique_id_of_a_sample_element(string path, string uniqueId)
    {
        Assert.Equal(uniqueId, CdktfLogicalIds.Allocate(path.Split('/').Skip(1)));
    }

    [Fact]
    public void No_component_left_is_no_id()
    {
        Assert.Null(CdktfLogicalIds.Allocate(["Default"]));
    }

    private static IEnumerable<(string Path, string UniqueId)> FindMetadata(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("path", out var path) && element.TryGetProperty("uniqueId", out var id))
            {
                yield return (path.GetString()!, id.GetString()!);
            }

            foreach (var found in element.EnumerateObject().SelectMany(p => FindMetadata(p.Value)))
            {
                yield return found;
            }
        }
    }
}
