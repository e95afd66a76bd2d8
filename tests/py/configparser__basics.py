# Typical use: read an INI text, list sections and options, get typed values.
import configparser

text = """
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
ForwardX11 = yes

[forge.example]
User = hg

[topsecret.server.example]
Port = 50022
ForwardX11 = no
Ratio: 0.75
"""
config = configparser.ConfigParser()
config.read_string(text)
print(config.sections())
print(config.defaults())
print(config.has_section('forge.example'), config.has_section('DEFAULT'), config.has_section('nope'))
print(config.options('forge.example'))
print(config.options('topsecret.server.example'))
print(config.get('forge.example', 'user'), config.get('forge.example', 'USER'))
print(config.get('topsecret.server.example', 'forwardx11'), config.get('forge.example', 'forwardx11'))
print(config.getint('topsecret.server.example', 'port'), config.getfloat('topsecret.server.example', 'ratio'))
print(config.getboolean('forge.example', 'compression'), config.getboolean('topsecret.server.example', 'ForwardX11'))
print(config.getint('DEFAULT', 'compressionlevel'), config.get('DEFAULT', 'compression'))
print(config.items('forge.example'))
print(config.items('DEFAULT'))
print(config.has_option('forge.example', 'user'), config.has_option('forge.example', 'Compression'))
print(config.has_option('forge.example', 'nope'), config.has_option('nope', 'user'))
print(config.has_option('', 'compression'), config.has_option(None, 'compression'), config.has_option('DEFAULT', 'user'))

# fallback=, vars=, raw=
print(config.get('forge.example', 'missing', fallback='fb'), config.get('nosection', 'x', fallback=None))
print(config.getint('forge.example', 'missing', fallback=7), config.getboolean('nosection', 'x', fallback=False))
print(config.getfloat('forge.example', 'user', fallback=1.0) if False else 'skip')
print(config.get('forge.example', 'user', vars={'User': 'override'}))
print(config.get('forge.example', 'extra', vars={'EXTRA': 42}), type(config.get('forge.example', 'extra', vars={'extra': 42})).__name__)
print(config.get('forge.example', 'extra', vars={'extra': None}))
print(config.items('forge.example', vars={'user': 'v', 'new': 'n'}))

# set, remove_option, add_section, remove_section
config.set('forge.example', 'User', 'root')
config.set('DEFAULT', 'Compression', 'no')
config.set('', 'newdefault', '1')
print(config.get('forge.example', 'user'), config.get('topsecret.server.example', 'compression'))
print(config.defaults())
config.add_section('new')
config.set('new', 'a', '1')
print(config.sections(), config.items('new')[-1])
print(config.remove_option('new', 'a'), config.remove_option('new', 'a'), config.remove_option('DEFAULT', 'newdefault'))
print(config.remove_section('new'), config.remove_section('new'), config.remove_section('DEFAULT'))
print(config.sections())
print(config.getboolean('forge.example', 'compression'))

r = configparser.RawConfigParser()
r.read_string("[s]\nk=v\n")
r.set('s', 'num', 3)
print(r.get('s', 'num'), r.items('s'))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH)
print(sorted(configparser.__all__))
