namespace Wumbo.Testing.Tools;

/// <summary>Skips, never silently passes, a test whose external tool is missing.</summary>
public static class TestSkip
{
    public static void Unless(bool condition, string reason)
    {
        if (!condition)
        {
            throw new SkippedTestException(reason);
        }
    }
}
