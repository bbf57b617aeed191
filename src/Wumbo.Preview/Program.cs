using Wumbo.Preview.Hosting;

// The host: the one place that reads the console (BannedSymbols.txt).
#pragma warning disable RS0030
return PreviewCommand.Run(args, Console.Out, Console.Error);
#pragma warning restore RS0030
