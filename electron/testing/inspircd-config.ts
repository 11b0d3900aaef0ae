import { join } from 'node:path';

/** Where a test InspIRCd's files live and which loopback port it listens on. */
export interface InspircdLayout {
  dir: string;
  port: number;
}

/**
 * The configuration of a loopback InspIRCd 3 test server with the IRCv3 modules Gavel uses
 * (server-time, echo-message, batch, msgid, labeled-response) and `chanhistory`, which replays a
 * channel's recent lines to whoever joins a channel with mode +H. Flood limits are lifted for
 * every client (bots talk fast), DNS and ident stay on loopback, and bots may become operators. InspIRCd comments are `#` lines.
 */
export function inspircdConf({ dir, port }: InspircdLayout): string {
  return (
    [
      '<server name="irc.test.local" description="Gavel loopback test server" network="TestNet">',
      '<admin name="test" nick="test" email="test@localhost">',
      `<bind address="127.0.0.1" port="${port}" type="clients">`,
      '<connect name="main" allow="127.0.0.1" maxchans="100" timeout="20" pingfreq="120"',
      '         hardsendq="10M" softsendq="1M" recvq="1M" threshold="1000000" commandrate="1000000" fakelag="no"',
      '         localmax="1000" globalmax="1000" maxconnwarn="no" resolvehostnames="no" useident="no" limit="5000">',
      '<performance clonesonconnect="no">',
      `<files motd="${join(dir, 'motd.txt')}">`,
      '# without server= it would ask the first resolv.conf nameserver',
      '<dns server="127.0.0.1" timeout="1">',
      `<log method="file" type="* -USERINPUT -USEROUTPUT" level="default" target="${join(dir, 'ircd.log')}">`,
      '<module name="cap">',
      '<module name="ircv3">',
      '<module name="ircv3_servertime">',
      '<module name="ircv3_echomessage">',
      '<module name="ircv3_batch">',
      '<module name="ircv3_msgid">',
      '<module name="ircv3_ctctags">',
      '<module name="ircv3_labeledresponse">',
      '<module name="chanhistory">',
      '<chanhistory bots="yes" maxlines="50" prefixmsg="yes">',
      '# bots may become operators (OPER bot botpass), e.g. to KILL a client as a network fault would',
      '<oper name="bot" password="botpass" host="*@127.0.0.1" type="NetAdmin">',
      '<type name="NetAdmin" classes="ServerLink" vhost="netadmin.test.local">',
      '<class name="ServerLink" commands="*" usermodes="*" chanmodes="*" privs="*">',
    ].join('\n') + '\n'
  );
}
