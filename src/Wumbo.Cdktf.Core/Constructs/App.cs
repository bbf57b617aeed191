using Wumbo.Cdktf.Synthesis;

namespace Wumbo.Cdktf.Constructs;

/// <summary>The root of the construct tree; its stacks are synthesized together into one result.</summary>
public sealed class App : Construct
{
    public App()
        : base(string.Empty)
    {
    }

    /// <summary>Runs every phase and returns the artifacts in memory; nothing touches the disk.</summary>
    public SynthesisResult Synth(StackCheck? check = null) => Synthesizer.Synthesize(this, check);
}
