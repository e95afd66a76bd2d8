# logging.config: dictConfig (formatters with styles, filters, handlers with ext:// streams,
# loggers, root, disable_existing_loggers, CPython's errors) and fileConfig from an INI text.
import io
import logging
import logging.config
import sys

LOGGING = {
    'version': 1,
    'disable_existing_loggers': False,
    'formatters': {
        'brief': {'format': '%(levelname)s:%(name)s:%(message)s'},
        'braces': {'format': '{levelname} | {name} | {message}', 'style': '{'},
    },
    'filters': {
        'only_app': {'name': 'app'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief',
                    'level': 'INFO', 'stream': 'ext://sys.stdout'},
        'detail': {'class': 'logging.StreamHandler', 'formatter': 'braces',
                   'stream': 'ext://sys.stdout', 'filters': ['only_app']},
    },
    'loggers': {
        'app': {'level': 'DEBUG', 'handlers': ['detail'], 'propagate': True},
        'app.db': {'level': 'WARNING'},
    },
    'root': {'level': 'INFO', 'handlers': ['console']},
}

old = logging.getLogger('old.module')
logging.config.dictConfig(LOGGING)
log = logging.getLogger('app')
log.debug('debugging')
log.info('started')
logging.getLogger('app.db').info('hidden')
logging.getLogger('app.db').warning('slow query')
logging.getLogger('other').info('from other')
print(old.disabled, logging.getLogger('app').level, logging.root.level)

try:
    logging.config.dictConfig({'version': 1, 'handlers': {'bad': {'class': 'logging.NoSuchHandler'}}})
except ValueError as e:
    print('ValueError', e, '|', type(e.__cause__).__name__)
try:
    logging.config.dictConfig({'handlers': {}})
except ValueError as e:
    print('ValueError', e)

logging.config.dictConfig({'version': 1, 'root': {'level': 'WARNING', 'handlers': ['h']},
                           'handlers': {'h': {'class': 'logging.StreamHandler',
                                              'stream': 'ext://sys.stdout'}}})
print(old.disabled)
logging.warning('plain %s', 'warning')

ini = """
[loggers]
keys=root,web

[handlers]
keys=out

[formatters]
keys=simple

[logger_root]
level=WARNING
handlers=out

[logger_web]
level=DEBUG
handlers=out
qualname=web
propagate=0

[handler_out]
class=StreamHandler
level=DEBUG
formatter=simple
args=(sys.stdout,)

[formatter_simple]
format=[%(name)s] %(levelname)s %(message)s
"""
logging.config.fileConfig(io.StringIO(ini))
logging.getLogger('web').debug('request handled')
logging.getLogger('web.sub').info('from a child')
logging.error('root error')
