using Wumbo.Preview.Reading;
using Wumbo.Preview.Resources;

namespace Wumbo.Preview.Tests.Support;

/// <summary>Small stacks written by hand, for rules a real pair of outputs shows only in part.</summary>
internal static class HandMade
{
    public static SynthesizedEnvironment Stack(string json) => SynthesizedEnvironment.Parse("dev", json);

    /// <summary>The diff of two hand-made stacks.</summary>
    public static StackDiff Diff(string before, string after) => StackDiff.Compare(Stack(before), Stack(after));
}
