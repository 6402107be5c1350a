"""Names of widely used software, SaaS and telecom products, which a name finder takes for people.

Enterprise text names its tools all the time: "thanks for contacting Zendesk support", "Our Okta SSO",
"blank screen on Safari 17.4", "Migrate dashboards from Tableau", "Redis Sentinel failover", "Windows
Server", "Movistar Fibra". Several are first names somewhere in Faker's lists ("Okta", "Safari"), so
the gazetteer cannot tell; the product list can. Grammar catches unknown products too
(named_things.py: a product noun after the name, an edition word at its end); this list covers the
common ones standing alone.

A word before a model code ("Dell WD19", "Sage X3") or after a model's head ("Typ Kiel") names a
product too, whatever the word. Only a finding that is the product's word (maybe followed by its edition or module words), or one
word right after it ("Windows Server", "Redis Sentinel"), counts. Words that are common surnames
too ("Jenkins", "Oracle" is not one) are left out: "Mr Jenkins" is a person.
"""

from __future__ import annotations

import re
from collections.abc import Callable

PRODUCT_NAMES = frozenset(
    """Zendesk Okta Grafana Kibana Jira Confluence Salesforce Tableau Looker Qlik PowerBI HubSpot Pipedrive
    ServiceNow SharePoint OneDrive Dropbox Trello Asana Notion Figma Webex Zoom Slack Teams Outlook Gmail
    Safari Chrome Firefox Chromium Opera Edge Windows Linux Ubuntu Debian CentOS Fedora macOS iOS Android
    Docker Kubernetes Terraform Ansible Puppet Datadog Splunk PagerDuty Opsgenie Sentry Prometheus Nagios
    Zabbix Bitbucket GitLab GitHub Azure Intune Entra Twilio Stripe Shopify Magento WordPress Drupal
    Postgres PostgreSQL MySQL MariaDB MongoDB Redis Kafka RabbitMQ Airflow Snowflake Databricks BigQuery
    Redshift Elasticsearch OpenSearch Logstash Fluentd Nginx Apache Tomcat Jetty Keycloak Auth0 OneLogin
    Workday SuccessFactors Personio Datev Lexware Navision Zoho Freshdesk Freshservice Intercom Mailchimp
    Klaviyo Calendly DocuSign Acrobat Photoshop Illustrator InDesign Canva Lucidchart Visio PowerPoint
    Excel OneNote Skype Yammer Vimeo YouTube LinkedIn Livebox Freebox Movistar
    Fastweb Vodafone Telekom Swisscom Proximus SFR Bouygues Iliad FRITZ!Box
    Sentinel Vault Consul Nomad Jenkinsfile CircleCI TravisCI Bamboo Octopus ArgoCD Istio Envoy
    Traefik HAProxy Cloudflare Akamai Fastly Heroku Netlify Vercel Firebase Supabase Okta Bitwarden
    LastPass KeePass 1Password Citrix VMware vSphere Hyper-V Proxmox Veeam Acronis Sophos Fortinet
    FortiGate Meraki Cisco Juniper Ubiquiti Synology QNAP Nextcloud Owncloud Camunda Mattermost Rocket.Chat
    Google Microsoft AWS Intel Atlassian Salesloft Gong.io Zapier Airtable Smartsheet Monday.com ClickUp
    Basecamp Wrike Jamf Kandji Tanium CrowdStrike SentinelOne Okta Active""".split()
)
# Words after a product's name that belong to it: editions, modules, platforms.
_PRODUCT_TAIL = frozenset(
    """pro plus premium enterprise business professional cloud server identity workforce studio online
    desktop mobile express fibra fibre fiber hub connect suite sso api sdk one box data center manager
    service management software sentinel cluster insights analytics platform workspace directory maps mac
    bi drive docs sheets workspace meet""".split()
)
# A model code right after a word: letters and digits together ("Dell WD19", "Sage X3", "Galaxy S21"),
# which no name takes (a bare number after a name may be its phone or house number, so it does not count;
# nor does a postcode's outward code, "London SW1A 2AA", "Ottawa K1A 0B6", nor "Flat 4B").
_MODEL_AFTER = re.compile(r" (?=[A-Za-z][A-Za-z\-]*[0-9])[A-Za-z][A-Za-z0-9\-]{1,7}(?![\w@])(?!\.\w)(?! [0-9A-Z]{3,4}\b)")
# Words that open a product's model or type: "Typ Kiel", "Modell Hamburg", "Serie Milano".
_MODEL_HEADS = frozenset("Typ Type Modell Model Modèle Modelo Modello Serie Series Série Baureihe".split())
_TITLE_BEFORE = re.compile(r"(?:^|\s)(?:Mr|Mrs|Ms|Mx|Dr|Prof|Herr|Frau|Mme|Mlle|M|Sr|Sra|Sig|Dott)\.? $")
_PRODUCT_BEFORE = re.compile(r"(?<![^\W_])([\w!\-]+) $")


def names_product(text: str, start: int, end: int, known_name: Callable[[str], bool], person: bool = True) -> bool:
    """Whether a name-like finding names a product: it is a product's word, maybe with its edition
    ("Okta", "Okta Workforce Identity", "Livebox Pro"), or one word right after one ("Windows Server",
    "Redis Sentinel"). A title before it, or a known name among its other words, makes it a person."""
    if _TITLE_BEFORE.search(text, max(0, start - 8), start):
        return False
    words = text[start:end].split()
    if person and len(words) == 1 and _MODEL_AFTER.match(text, end):
        return True  # "Dell WD19", "Sage X3"
    if len(words) == 2 and words[0] in _MODEL_HEADS:
        return True  # "Typ Kiel", "Modell Hamburg"
    if words[0] in PRODUCT_NAMES:
        rest = words[1:]
        return all(w.lower() in _PRODUCT_TAIL or w[:1].isdigit() or not known_name(w) for w in rest)
    if len(words) != 1:
        return False
    before = _PRODUCT_BEFORE.search(text, max(0, start - 24), start)
    tail = words[0].lower() in _PRODUCT_TAIL or not known_name(words[0])  # "Server" is a first name in Faker
    return before is not None and before.group(1) in PRODUCT_NAMES and tail
