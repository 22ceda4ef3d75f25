"""Contains all the data models used in inputs/outputs"""

from .accept_recommendation_request import AcceptRecommendationRequest
from .action_target import ActionTarget
from .action_target_resource_type import ActionTargetResourceType
from .agent_credential import AgentCredential
from .agent_credential_auth import AgentCredentialAuth
from .agent_credential_auth_summary import AgentCredentialAuthSummary
from .agent_credential_created import AgentCredentialCreated
from .agent_credential_created_response import AgentCredentialCreatedResponse
from .agent_credential_response import AgentCredentialResponse
from .agent_credential_status import AgentCredentialStatus
from .agent_scope import AgentScope
from .ai_anomaly import AiAnomaly
from .ai_anomaly_list_response import AiAnomalyListResponse
from .ai_anomaly_scope import AiAnomalyScope
from .ai_anomaly_signals import AiAnomalySignals
from .ai_anomaly_status import AiAnomalyStatus
from .ai_anomaly_type import AiAnomalyType
from .ai_attributed_cost import AiAttributedCost
from .ai_attributed_cost_response import AiAttributedCostResponse
from .ai_attributed_cost_scope_type import AiAttributedCostScopeType
from .ai_attribution import AiAttribution
from .ai_cache_recommendation import AiCacheRecommendation
from .ai_cache_recommendation_list_response import AiCacheRecommendationListResponse
from .ai_cache_ttl import AiCacheTtl
from .ai_inference_event import AiInferenceEvent
from .ai_inference_event_list_response import AiInferenceEventListResponse
from .ai_inference_status import AiInferenceStatus
from .ai_provisioned_throughput_recommendation import (
    AiProvisionedThroughputRecommendation,
)
from .ai_provisioned_throughput_recommendation_commitment_term import (
    AiProvisionedThroughputRecommendationCommitmentTerm,
)
from .ai_provisioned_throughput_recommendation_list_response import (
    AiProvisionedThroughputRecommendationListResponse,
)
from .ai_provisioned_throughput_recommendation_source import (
    AiProvisionedThroughputRecommendationSource,
)
from .ai_provisioned_throughput_recommendation_throughput_unit import (
    AiProvisionedThroughputRecommendationThroughputUnit,
)
from .ai_provisioned_throughput_recommendation_verdict import (
    AiProvisionedThroughputRecommendationVerdict,
)
from .ai_routing_recommendation import AiRoutingRecommendation
from .ai_routing_recommendation_list_response import AiRoutingRecommendationListResponse
from .ai_spend_group import AiSpendGroup
from .ai_spend_summary import AiSpendSummary
from .ai_spend_summary_response import AiSpendSummaryResponse
from .ai_token_usage import AiTokenUsage
from .ai_unit_economics import AiUnitEconomics
from .ai_unit_economics_report import AiUnitEconomicsReport
from .ai_unit_economics_response import AiUnitEconomicsResponse
from .alert import Alert
from .alert_condition import AlertCondition
from .alert_counts import AlertCounts
from .alert_custom_details import AlertCustomDetails
from .alert_list_response import AlertListResponse
from .alert_resolved_event import AlertResolvedEvent
from .alert_response import AlertResponse
from .alert_rule import AlertRule
from .alert_rule_list_response import AlertRuleListResponse
from .alert_rule_response import AlertRuleResponse
from .alert_scope import AlertScope
from .alert_severity import AlertSeverity
from .alert_severity_counts import AlertSeverityCounts
from .alert_status import AlertStatus
from .alert_triggered_event import AlertTriggeredEvent
from .alert_type import AlertType
from .alert_type_count import AlertTypeCount
from .alert_webhook_data import AlertWebhookData
from .alert_webhook_data_custom_details import AlertWebhookDataCustomDetails
from .alerts_summary import AlertsSummary
from .alerts_summary_response import AlertsSummaryResponse
from .anomaly_detected_event import AnomalyDetectedEvent
from .anomaly_webhook_data import AnomalyWebhookData
from .anomaly_webhook_scope import AnomalyWebhookScope
from .anomaly_webhook_signals import AnomalyWebhookSignals
from .approve_action_request import ApproveActionRequest
from .audit_actor import AuditActor
from .audit_actor_type import AuditActorType
from .audit_event import AuditEvent
from .audit_event_list_response import AuditEventListResponse
from .audit_outcome import AuditOutcome
from .audit_target import AuditTarget
from .aws_assume_role_auth import AwsAssumeRoleAuth
from .aws_assume_role_auth_summary import AwsAssumeRoleAuthSummary
from .azure_service_principal_auth import AzureServicePrincipalAuth
from .azure_service_principal_auth_summary import AzureServicePrincipalAuthSummary
from .block_model_policy_action import BlockModelPolicyAction
from .brand_colors import BrandColors
from .branding import Branding
from .branding_response import BrandingResponse
from .budget import Budget
from .budget_burn_rate import BudgetBurnRate
from .budget_list_response import BudgetListResponse
from .budget_notification_type import BudgetNotificationType
from .budget_scope import BudgetScope
from .budget_threshold import BudgetThreshold
from .budget_threshold_crossed_event import BudgetThresholdCrossedEvent
from .budget_threshold_crossed_webhook_data import BudgetThresholdCrossedWebhookData
from .budget_threshold_type import BudgetThresholdType
from .budget_time_unit import BudgetTimeUnit
from .cancel_action_request import CancelActionRequest
from .channel_test_result import ChannelTestResult
from .channel_test_result_response import ChannelTestResultResponse
from .connection import Connection
from .connection_list_response import ConnectionListResponse
from .connection_provider import ConnectionProvider
from .connection_response import ConnectionResponse
from .connection_status import ConnectionStatus
from .connection_validation import ConnectionValidation
from .connection_validation_response import ConnectionValidationResponse
from .cost_by_source import CostBySource
from .cost_by_source_response import CostBySourceResponse
from .cost_by_tag import CostByTag
from .cost_by_tag_response import CostByTagResponse
from .cost_forecast import CostForecast
from .cost_forecast_response import CostForecastResponse
from .cost_summary import CostSummary
from .cost_summary_response import CostSummaryResponse
from .cost_tag_dimension import CostTagDimension
from .create_agent_credential_request import CreateAgentCredentialRequest
from .create_alert_rule_request import CreateAlertRuleRequest
from .create_connection_request import CreateConnectionRequest
from .create_notification_channel_request import CreateNotificationChannelRequest
from .create_policy_from_template_request import CreatePolicyFromTemplateRequest
from .create_policy_from_template_request_parameters import (
    CreatePolicyFromTemplateRequestParameters,
)
from .create_policy_request import CreatePolicyRequest
from .create_policy_request_condition_logic import CreatePolicyRequestConditionLogic
from .create_scheduled_export_request import CreateScheduledExportRequest
from .dismiss_recommendation_request import DismissRecommendationRequest
from .email_channel_config import EmailChannelConfig
from .enforcement_action import EnforcementAction
from .enforcement_action_list_response import EnforcementActionListResponse
from .enforcement_action_queued_event import EnforcementActionQueuedEvent
from .enforcement_action_response import EnforcementActionResponse
from .enforcement_action_status import EnforcementActionStatus
from .enforcement_action_type import EnforcementActionType
from .enforcement_action_webhook_data import EnforcementActionWebhookData
from .enforcement_action_webhook_data_status import EnforcementActionWebhookDataStatus
from .enforcement_policy import EnforcementPolicy
from .enforcement_policy_condition_logic import EnforcementPolicyConditionLogic
from .enforcement_policy_list_response import EnforcementPolicyListResponse
from .enforcement_policy_response import EnforcementPolicyResponse
from .enforcement_policy_resume_mode import EnforcementPolicyResumeMode
from .error_detail import ErrorDetail
from .error_detail_location import ErrorDetailLocation
from .error_response import ErrorResponse
from .escalation_policy import EscalationPolicy
from .escalation_policy_list_response import EscalationPolicyListResponse
from .escalation_rule import EscalationRule
from .escalation_target import EscalationTarget
from .escalation_target_type import EscalationTargetType
from .export_delivery import ExportDelivery
from .export_format import ExportFormat
from .export_resource import ExportResource
from .export_schedule import ExportSchedule
from .feature_flag import FeatureFlag
from .feature_flag_source import FeatureFlagSource
from .feature_flags_response import FeatureFlagsResponse
from .forecast_granularity import ForecastGranularity
from .forecast_horizon_days import ForecastHorizonDays
from .forecast_interval import ForecastInterval
from .forecast_period import ForecastPeriod
from .gcp_service_account_auth import GcpServiceAccountAuth
from .gcp_service_account_auth_summary import GcpServiceAccountAuthSummary
from .gpu_agent import GpuAgent
from .gpu_agent_list_response import GpuAgentListResponse
from .gpu_agent_status import GpuAgentStatus
from .gpu_idle_instance import GpuIdleInstance
from .gpu_idle_instance_list_response import GpuIdleInstanceListResponse
from .gpu_instance import GpuInstance
from .gpu_instance_detail import GpuInstanceDetail
from .gpu_instance_detail_response import GpuInstanceDetailResponse
from .gpu_instance_list_response import GpuInstanceListResponse
from .gpu_metric_sample import GpuMetricSample
from .gpu_metric_sample_list_response import GpuMetricSampleListResponse
from .gpu_mig_allocation import GpuMigAllocation
from .gpu_mig_allocation_kind import GpuMigAllocationKind
from .gpu_mig_gpu import GpuMigGpu
from .gpu_mig_gpu_mig_mode import GpuMigGpuMigMode
from .gpu_mig_host import GpuMigHost
from .gpu_mig_placement import GpuMigPlacement
from .gpu_mig_slice import GpuMigSlice
from .gpu_mig_topology_response import GpuMigTopologyResponse
from .ignore_alert_request import IgnoreAlertRequest
from .incident import Incident
from .incident_list_response import IncidentListResponse
from .incident_status import IncidentStatus
from .incident_timeline_entry import IncidentTimelineEntry
from .incident_timeline_kind import IncidentTimelineKind
from .instance_state import InstanceState
from .integration_sync_failed_event import IntegrationSyncFailedEvent
from .integration_sync_failed_webhook_data import IntegrationSyncFailedWebhookData
from .invite_member_request import InviteMemberRequest
from .legacy_gpu_instance import LegacyGpuInstance
from .legacy_gpu_instance_list_response import LegacyGpuInstanceListResponse
from .legacy_gpu_instance_state import LegacyGpuInstanceState
from .login_request import LoginRequest
from .login_response import LoginResponse
from .login_result import LoginResult
from .member import Member
from .member_list_response import MemberListResponse
from .member_response import MemberResponse
from .member_status import MemberStatus
from .money import Money
from .monitored_metric import MonitoredMetric
from .notification_channel import NotificationChannel
from .notification_channel_list_response import NotificationChannelListResponse
from .notification_channel_response import NotificationChannelResponse
from .notification_channel_type import NotificationChannelType
from .notification_test_event import NotificationTestEvent
from .notification_test_webhook_data import NotificationTestWebhookData
from .notify_policy_action import NotifyPolicyAction
from .oidc_provider import OidcProvider
from .pager_duty_channel_config import PagerDutyChannelConfig
from .pager_duty_channel_config_input import PagerDutyChannelConfigInput
from .policy_condition import PolicyCondition
from .policy_definition import PolicyDefinition
from .policy_definition_condition_logic import PolicyDefinitionConditionLogic
from .policy_mode import PolicyMode
from .policy_scope import PolicyScope
from .policy_simulation import PolicySimulation
from .policy_simulation_response import PolicySimulationResponse
from .policy_template import PolicyTemplate
from .policy_template_category import PolicyTemplateCategory
from .policy_template_default_parameters import PolicyTemplateDefaultParameters
from .policy_template_list_response import PolicyTemplateListResponse
from .policy_template_parameters_schema import PolicyTemplateParametersSchema
from .prediction_interval_level import PredictionIntervalLevel
from .provider_api_key_auth import ProviderApiKeyAuth
from .provider_api_key_auth_summary import ProviderApiKeyAuthSummary
from .recommendation import Recommendation
from .recommendation_acceptance import RecommendationAcceptance
from .recommendation_acceptance_response import RecommendationAcceptanceResponse
from .recommendation_created_event import RecommendationCreatedEvent
from .recommendation_dismissal import RecommendationDismissal
from .recommendation_evidence import RecommendationEvidence
from .recommendation_list_response import RecommendationListResponse
from .recommendation_resource import RecommendationResource
from .recommendation_resource_kind import RecommendationResourceKind
from .recommendation_response import RecommendationResponse
from .recommendation_status import RecommendationStatus
from .recommendation_type import RecommendationType
from .refresh_tokens_request import RefreshTokensRequest
from .resolve_alert_request import ResolveAlertRequest
from .revoke_key_policy_action import RevokeKeyPolicyAction
from .role import Role
from .rotate_secret_request import RotateSecretRequest
from .route_model_policy_action import RouteModelPolicyAction
from .saml_provider import SamlProvider
from .savings_ledger_entry import SavingsLedgerEntry
from .savings_ledger_list_response import SavingsLedgerListResponse
from .savings_status import SavingsStatus
from .scale_down_policy_action import ScaleDownPolicyAction
from .scheduled_export import ScheduledExport
from .scheduled_export_list_response import ScheduledExportListResponse
from .scheduled_export_period import ScheduledExportPeriod
from .scheduled_export_response import ScheduledExportResponse
from .simulate_policy_request import SimulatePolicyRequest
from .simulated_action import SimulatedAction
from .simulation_match import SimulationMatch
from .slack_channel_config import SlackChannelConfig
from .slack_channel_config_input import SlackChannelConfigInput
from .source import Source
from .source_cost import SourceCost
from .sso_config import SsoConfig
from .sso_config_response import SsoConfigResponse
from .sso_protocol import SsoProtocol
from .stop_instance_policy_action import StopInstancePolicyAction
from .sync_error import SyncError
from .sync_history_response import SyncHistoryResponse
from .sync_run import SyncRun
from .sync_run_status import SyncRunStatus
from .tag_cost import TagCost
from .tags import Tags
from .teams_channel_config import TeamsChannelConfig
from .teams_channel_config_input import TeamsChannelConfigInput
from .tenant_plan import TenantPlan
from .tenant_settings import TenantSettings
from .tenant_settings_response import TenantSettingsResponse
from .threshold_operator import ThresholdOperator
from .throttle_policy_action import ThrottlePolicyAction
from .time_window import TimeWindow
from .toggle_policy_request import TogglePolicyRequest
from .token_pair import TokenPair
from .token_pair_response import TokenPairResponse
from .update_member_role_request import UpdateMemberRoleRequest
from .user_summary import UserSummary
from .validation_check import ValidationCheck
from .validation_result import ValidationResult
from .webhook_channel_config import WebhookChannelConfig
from .webhook_channel_config_input import WebhookChannelConfigInput
from .webhook_event_type import WebhookEventType
from .workload_costs import WorkloadCosts

__all__ = (
    "AcceptRecommendationRequest",
    "ActionTarget",
    "ActionTargetResourceType",
    "AgentCredential",
    "AgentCredentialAuth",
    "AgentCredentialAuthSummary",
    "AgentCredentialCreated",
    "AgentCredentialCreatedResponse",
    "AgentCredentialResponse",
    "AgentCredentialStatus",
    "AgentScope",
    "AiAnomaly",
    "AiAnomalyListResponse",
    "AiAnomalyScope",
    "AiAnomalySignals",
    "AiAnomalyStatus",
    "AiAnomalyType",
    "AiAttributedCost",
    "AiAttributedCostResponse",
    "AiAttributedCostScopeType",
    "AiAttribution",
    "AiCacheRecommendation",
    "AiCacheRecommendationListResponse",
    "AiCacheTtl",
    "AiInferenceEvent",
    "AiInferenceEventListResponse",
    "AiInferenceStatus",
    "AiProvisionedThroughputRecommendation",
    "AiProvisionedThroughputRecommendationCommitmentTerm",
    "AiProvisionedThroughputRecommendationListResponse",
    "AiProvisionedThroughputRecommendationSource",
    "AiProvisionedThroughputRecommendationThroughputUnit",
    "AiProvisionedThroughputRecommendationVerdict",
    "AiRoutingRecommendation",
    "AiRoutingRecommendationListResponse",
    "AiSpendGroup",
    "AiSpendSummary",
    "AiSpendSummaryResponse",
    "AiTokenUsage",
    "AiUnitEconomics",
    "AiUnitEconomicsReport",
    "AiUnitEconomicsResponse",
    "Alert",
    "AlertCondition",
    "AlertCounts",
    "AlertCustomDetails",
    "AlertListResponse",
    "AlertResolvedEvent",
    "AlertResponse",
    "AlertRule",
    "AlertRuleListResponse",
    "AlertRuleResponse",
    "AlertScope",
    "AlertSeverity",
    "AlertSeverityCounts",
    "AlertsSummary",
    "AlertsSummaryResponse",
    "AlertStatus",
    "AlertTriggeredEvent",
    "AlertType",
    "AlertTypeCount",
    "AlertWebhookData",
    "AlertWebhookDataCustomDetails",
    "AnomalyDetectedEvent",
    "AnomalyWebhookData",
    "AnomalyWebhookScope",
    "AnomalyWebhookSignals",
    "ApproveActionRequest",
    "AuditActor",
    "AuditActorType",
    "AuditEvent",
    "AuditEventListResponse",
    "AuditOutcome",
    "AuditTarget",
    "AwsAssumeRoleAuth",
    "AwsAssumeRoleAuthSummary",
    "AzureServicePrincipalAuth",
    "AzureServicePrincipalAuthSummary",
    "BlockModelPolicyAction",
    "BrandColors",
    "Branding",
    "BrandingResponse",
    "Budget",
    "BudgetBurnRate",
    "BudgetListResponse",
    "BudgetNotificationType",
    "BudgetScope",
    "BudgetThreshold",
    "BudgetThresholdCrossedEvent",
    "BudgetThresholdCrossedWebhookData",
    "BudgetThresholdType",
    "BudgetTimeUnit",
    "CancelActionRequest",
    "ChannelTestResult",
    "ChannelTestResultResponse",
    "Connection",
    "ConnectionListResponse",
    "ConnectionProvider",
    "ConnectionResponse",
    "ConnectionStatus",
    "ConnectionValidation",
    "ConnectionValidationResponse",
    "CostBySource",
    "CostBySourceResponse",
    "CostByTag",
    "CostByTagResponse",
    "CostForecast",
    "CostForecastResponse",
    "CostSummary",
    "CostSummaryResponse",
    "CostTagDimension",
    "CreateAgentCredentialRequest",
    "CreateAlertRuleRequest",
    "CreateConnectionRequest",
    "CreateNotificationChannelRequest",
    "CreatePolicyFromTemplateRequest",
    "CreatePolicyFromTemplateRequestParameters",
    "CreatePolicyRequest",
    "CreatePolicyRequestConditionLogic",
    "CreateScheduledExportRequest",
    "DismissRecommendationRequest",
    "EmailChannelConfig",
    "EnforcementAction",
    "EnforcementActionListResponse",
    "EnforcementActionQueuedEvent",
    "EnforcementActionResponse",
    "EnforcementActionStatus",
    "EnforcementActionType",
    "EnforcementActionWebhookData",
    "EnforcementActionWebhookDataStatus",
    "EnforcementPolicy",
    "EnforcementPolicyConditionLogic",
    "EnforcementPolicyListResponse",
    "EnforcementPolicyResponse",
    "EnforcementPolicyResumeMode",
    "ErrorDetail",
    "ErrorDetailLocation",
    "ErrorResponse",
    "EscalationPolicy",
    "EscalationPolicyListResponse",
    "EscalationRule",
    "EscalationTarget",
    "EscalationTargetType",
    "ExportDelivery",
    "ExportFormat",
    "ExportResource",
    "ExportSchedule",
    "FeatureFlag",
    "FeatureFlagSource",
    "FeatureFlagsResponse",
    "ForecastGranularity",
    "ForecastHorizonDays",
    "ForecastInterval",
    "ForecastPeriod",
    "GcpServiceAccountAuth",
    "GcpServiceAccountAuthSummary",
    "GpuAgent",
    "GpuAgentListResponse",
    "GpuAgentStatus",
    "GpuIdleInstance",
    "GpuIdleInstanceListResponse",
    "GpuInstance",
    "GpuInstanceDetail",
    "GpuInstanceDetailResponse",
    "GpuInstanceListResponse",
    "GpuMetricSample",
    "GpuMetricSampleListResponse",
    "GpuMigAllocation",
    "GpuMigAllocationKind",
    "GpuMigGpu",
    "GpuMigGpuMigMode",
    "GpuMigHost",
    "GpuMigPlacement",
    "GpuMigSlice",
    "GpuMigTopologyResponse",
    "IgnoreAlertRequest",
    "Incident",
    "IncidentListResponse",
    "IncidentStatus",
    "IncidentTimelineEntry",
    "IncidentTimelineKind",
    "InstanceState",
    "IntegrationSyncFailedEvent",
    "IntegrationSyncFailedWebhookData",
    "InviteMemberRequest",
    "LegacyGpuInstance",
    "LegacyGpuInstanceListResponse",
    "LegacyGpuInstanceState",
    "LoginRequest",
    "LoginResponse",
    "LoginResult",
    "Member",
    "MemberListResponse",
    "MemberResponse",
    "MemberStatus",
    "Money",
    "MonitoredMetric",
    "NotificationChannel",
    "NotificationChannelListResponse",
    "NotificationChannelResponse",
    "NotificationChannelType",
    "NotificationTestEvent",
    "NotificationTestWebhookData",
    "NotifyPolicyAction",
    "OidcProvider",
    "PagerDutyChannelConfig",
    "PagerDutyChannelConfigInput",
    "PolicyCondition",
    "PolicyDefinition",
    "PolicyDefinitionConditionLogic",
    "PolicyMode",
    "PolicyScope",
    "PolicySimulation",
    "PolicySimulationResponse",
    "PolicyTemplate",
    "PolicyTemplateCategory",
    "PolicyTemplateDefaultParameters",
    "PolicyTemplateListResponse",
    "PolicyTemplateParametersSchema",
    "PredictionIntervalLevel",
    "ProviderApiKeyAuth",
    "ProviderApiKeyAuthSummary",
    "Recommendation",
    "RecommendationAcceptance",
    "RecommendationAcceptanceResponse",
    "RecommendationCreatedEvent",
    "RecommendationDismissal",
    "RecommendationEvidence",
    "RecommendationListResponse",
    "RecommendationResource",
    "RecommendationResourceKind",
    "RecommendationResponse",
    "RecommendationStatus",
    "RecommendationType",
    "RefreshTokensRequest",
    "ResolveAlertRequest",
    "RevokeKeyPolicyAction",
    "Role",
    "RotateSecretRequest",
    "RouteModelPolicyAction",
    "SamlProvider",
    "SavingsLedgerEntry",
    "SavingsLedgerListResponse",
    "SavingsStatus",
    "ScaleDownPolicyAction",
    "ScheduledExport",
    "ScheduledExportListResponse",
    "ScheduledExportPeriod",
    "ScheduledExportResponse",
    "SimulatedAction",
    "SimulatePolicyRequest",
    "SimulationMatch",
    "SlackChannelConfig",
    "SlackChannelConfigInput",
    "Source",
    "SourceCost",
    "SsoConfig",
    "SsoConfigResponse",
    "SsoProtocol",
    "StopInstancePolicyAction",
    "SyncError",
    "SyncHistoryResponse",
    "SyncRun",
    "SyncRunStatus",
    "TagCost",
    "Tags",
    "TeamsChannelConfig",
    "TeamsChannelConfigInput",
    "TenantPlan",
    "TenantSettings",
    "TenantSettingsResponse",
    "ThresholdOperator",
    "ThrottlePolicyAction",
    "TimeWindow",
    "TogglePolicyRequest",
    "TokenPair",
    "TokenPairResponse",
    "UpdateMemberRoleRequest",
    "UserSummary",
    "ValidationCheck",
    "ValidationResult",
    "WebhookChannelConfig",
    "WebhookChannelConfigInput",
    "WebhookEventType",
    "WorkloadCosts",
)
