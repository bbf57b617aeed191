namespace Wumbo.Hosting;

/// <summary>
/// One writer of an output directory at a time, across processes: an exclusive lock on a small file beside
/// it (<c>.&lt;name&gt;.wumbo-lock</c>, kept, so that waiting writers never lock a deleted file). The operating
/// system releases it when the holder exits or is killed, so a crash never leaves the output locked.
/// </summary>
public sealed class OutputLock : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream _file;

    private OutputLock(FileStream file) => _file = file;

    /// <summary>Waits for the lock of <paramref name="directory"/>; an <see cref="IOException"/> says who holds it after <paramref name="timeout"/>.</summary>
    public static OutputLock Acquire(string directory, TimeSpan timeout)
    {
        var full = Path.GetFullPath(directory);
        var path = Path.Combine(Path.GetDirectoryName(full)!, "." + Path.GetFileName(full) + ".wumbo-lock");
        var waited = TimeSpan.Zero;
        while (true)
        {
            try
            {
                return new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
            }
            catch (IOException) when (waited < timeout)
            {
                Thread.Sleep(Poll);
                waited += Poll;
            }
            catch (IOException e)
            {
                throw new IOException($"another run has been writing '{directory}' for {timeout.TotalSeconds:0} s (it holds '{path}'); try again when it has finished", e);
            }
        }
    }

    public void Dispose() => _file.Dispose();
}
