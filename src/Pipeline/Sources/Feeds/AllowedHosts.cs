using System.Net;

namespace Pipeline.Sources.Feeds;

/// <summary>
/// Hosts that may be fetched although they are internal (fetch: allowed_hosts in sources.yaml):
/// host names, addresses, or networks written as address/prefix.
/// </summary>
public sealed class AllowedHosts
{
    private readonly HashSet<string> _names;
    private readonly IReadOnlyList<IPNetwork> _networks;

    private AllowedHosts(HashSet<string> names, IReadOnlyList<IPNetwork> networks)
    {
        _names = names;
        _networks = networks;
    }

    public static AllowedHosts None { get; } = new([], []);

    /// <exception cref="FormatException">An entry that is not a host name, an address or a network.</exception>
    public static AllowedHosts Parse(IEnumerable<string> entries)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var networks = new List<IPNetwork>();
        foreach (var entry in entries.Select(e => e.Trim()))
        {
            if (IPAddress.TryParse(entry.Trim('[', ']'), out var address))
            {
                networks.Add(new IPNetwork(address, address.GetAddressBytes().Length * 8));
            }
            else if (IPNetwork.TryParse(entry, out var network) && IsWhole(network, entry))
            {
                networks.Add(network);
            }
            else if (Uri.CheckHostName(entry) == UriHostNameType.Dns)
            {
                names.Add(entry.TrimEnd('.'));
            }
            else
            {
                throw new FormatException($"'{entry}' is not a host name, an address or a network (address/prefix)");
            }
        }
        return new AllowedHosts(names, networks);
    }

    // 10.0.0.1/8 is taken for 10.0.0.0/8 by IPNetwork; refused, as it may well mean one host.
    private static bool IsWhole(IPNetwork network, string entry) =>
        IPAddress.TryParse(entry[..entry.IndexOf('/', StringComparison.Ordinal)], out var written) && written.Equals(network.BaseAddress);

    public bool Allows(string hostName) => _names.Contains(hostName.TrimEnd('.'));

    public bool Allows(IPAddress address)
    {
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        return _networks.Any(n => n.Contains(plain));
    }
}
