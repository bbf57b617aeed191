using Wumbo.Cdktf.Json;
using Wumbo.Cdktf.Tests.Support;

namespace Wumbo.Cdktf.Tests.Json;

/// <summary>Every sample file, parsed and written back with our writer, gives cdktf's exact bytes.</summary>
public sealed class SampleRoundTripTests
{
    public static TheoryData<string> SampleFileNames() => [.. SampleFiles.All()];

    [Theory]
    [MemberData(nameof(SampleFileNames))]
    public void Writer_reproduces_the_sample_bytes(string relativePath)
    {
        var text = SampleFiles.Read(relativePath);

        Assert.Equal(text, TerraformJsonWriter.Write(SampleFiles.ReadObject(relativePath)));
    }

    [Fact]
    public void All_sample_files_are_found()
    {
        Assert.Equal(11, SampleFiles.All().Count());
    }
}
