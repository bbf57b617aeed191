namespace Wumbo.Cdktf.Generator.Emit;

/// <summary>The <c>TfObjectWriter</c> call that writes an argument.</summary>
internal enum WriteMethod
{
    /// <summary>A value or an array of blocks, left out when unset.</summary>
    Write,

    /// <summary>A block of at most one instance, written as an object (CONTRACT §4.5).</summary>
    WriteBlock,

    /// <summary>A field of an object-typed attribute: always written, <c>null</c> when unset (CONTRACT §4.5).</summary>
    WriteOrNull,
}
