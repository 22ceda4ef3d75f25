"""Every public model, enum and enum value set of `models`, by name (generated, see codegen)."""

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .models.accept_recommendation_request import (
        AcceptRecommendationRequest as AcceptRecommendationRequest,
    )
    from .models.action_target import ActionTarget as ActionTarget
    from .models.action_target_resource_type import (
        ACTION_TARGET_RESOURCE_TYPE_VALUES as ACTION_TARGET_RESOURCE_TYPE_VALUES,
    )
    from .models.action_target_resource_type import (
        ActionTargetResourceType as ActionTargetResourceType,
    )
    from .models.agent_credential import AgentCredential as AgentCredential
    from .models.agent_credential_auth import AgentCredentialAuth as AgentCredentialAuth
    from .models.agent_credential_auth_summary import (
        AgentCredentialAuthSummary as AgentCredentialAuthSummary,
    )
    from .models.agent_credential_created import (
        AgentCredentialCreated as AgentCredentialCreated,
    )
    from .models.agent_credential_created_response import (
        AgentCredentialCreatedResponse as AgentCredentialCreatedResponse,
    )
    from .models.agent_credential_response import (
        AgentCredentialResponse as AgentCredentialResponse,
    )
    from .models.agent_credential_status import (
        AGENT_CREDENTIAL_STATUS_VALUES as AGENT_CREDENTIAL_STATUS_VALUES,
    )
    from .models.agent_credential_status import (
        AgentCredentialStatus as AgentCredentialStatus,
    )
    from .models.agent_scope import AGENT_SCOPE_VALUES as AGENT_SCOPE_VALUES
    from .models.agent_scope import AgentScope as AgentScope
    from .models.ai_anomaly import AiAnomaly as AiAnomaly
    from .models.ai_anomaly_list_response import (
        AiAnomalyListResponse as AiAnomalyListResponse,
    )
    from .models.ai_anomaly_scope import AiAnomalyScope as AiAnomalyScope
    from .models.ai_anomaly_signals import AiAnomalySignals as AiAnomalySignals
    from .models.ai_anomaly_status import (
        AI_ANOMALY_STATUS_VALUES as AI_ANOMALY_STATUS_VALUES,
    )
    from .models.ai_anomaly_status import AiAnomalyStatus as AiAnomalyStatus
    from .models.ai_anomaly_type import AI_ANOMALY_TYPE_VALUES as AI_ANOMALY_TYPE_VALUES
    from .models.ai_anomaly_type import AiAnomalyType as AiAnomalyType
    from .models.ai_attributed_cost import AiAttributedCost as AiAttributedCost
    from .models.ai_attributed_cost_response import (
        AiAttributedCostResponse as AiAttributedCostResponse,
    )
    from .models.ai_attributed_cost_scope_type import (
        AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES as AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES,
    )
    from .models.ai_attributed_cost_scope_type import (
        AiAttributedCostScopeType as AiAttributedCostScopeType,
    )
    from .models.ai_attribution import AiAttribution as AiAttribution
    from .models.ai_cache_recommendation import (
        AiCacheRecommendation as AiCacheRecommendation,
    )
    from .models.ai_cache_recommendation_list_response import (
        AiCacheRecommendationListResponse as AiCacheRecommendationListResponse,
    )
    from .models.ai_cache_ttl import AI_CACHE_TTL_VALUES as AI_CACHE_TTL_VALUES
    from .models.ai_cache_ttl import AiCacheTtl as AiCacheTtl
    from .models.ai_inference_event import AiInferenceEvent as AiInferenceEvent
    from .models.ai_inference_event_list_response import (
        AiInferenceEventListResponse as AiInferenceEventListResponse,
    )
    from .models.ai_inference_status import (
        AI_INFERENCE_STATUS_VALUES as AI_INFERENCE_STATUS_VALUES,
    )
    from .models.ai_inference_status import AiInferenceStatus as AiInferenceStatus
    from .models.ai_provisioned_throughput_recommendation import (
        AiProvisionedThroughputRecommendation as AiProvisionedThroughputRecommendation,
    )
    from .models.ai_provisioned_throughput_recommendation_commitment_term import (
        AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES as AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES,
    )
    from .models.ai_provisioned_throughput_recommendation_commitment_term import (
        AiProvisionedThroughputRecommendationCommitmentTerm as AiProvisionedThroughputRecommendationCommitmentTerm,
    )
    from .models.ai_provisioned_throughput_recommendation_list_response import (
        AiProvisionedThroughputRecommendationListResponse as AiProvisionedThroughputRecommendationListResponse,
    )
    from .models.ai_provisioned_throughput_recommendation_source import (
        AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES as AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES,
    )
    from .models.ai_provisioned_throughput_recommendation_source import (
        AiProvisionedThroughputRecommendationSource as AiProvisionedThroughputRecommendationSource,
    )
    from .models.ai_provisioned_throughput_recommendation_throughput_unit import (
        AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES as AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES,
    )
    from .models.ai_provisioned_throughput_recommendation_throughput_unit import (
        AiProvisionedThroughputRecommendationThroughputUnit as AiProvisionedThroughputRecommendationThroughputUnit,
    )
    from .models.ai_provisioned_throughput_recommendation_verdict import (
        AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES as AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES,
    )
    from .models.ai_provisioned_throughput_recommendation_verdict import (
        AiProvisionedThroughputRecommendationVerdict as AiProvisionedThroughputRecommendationVerdict,
    )
    from .models.ai_routing_recommendation import (
        AiRoutingRecommendation as AiRoutingRecommendation,
    )
    from .models.ai_routing_recommendation_list_response import (
        AiRoutingRecommendationListResponse as AiRoutingRecommendationListResponse,
    )
    from .models.ai_spend_group import AiSpendGroup as AiSpendGroup
    from .models.ai_spend_summary import AiSpendSummary as AiSpendSummary
    from .models.ai_spend_summary_response import (
        AiSpendSummaryResponse as AiSpendSummaryResponse,
    )
    from .models.ai_token_usage import AiTokenUsage as AiTokenUsage
    from .models.ai_unit_economics import AiUnitEconomics as AiUnitEconomics
    from .models.ai_unit_economics_report import (
        AiUnitEconomicsReport as AiUnitEconomicsReport,
    )
    from .models.ai_unit_economics_response import (
        AiUnitEconomicsResponse as AiUnitEconomicsResponse,
    )
    from .models.alert import Alert as Alert
    from .models.alert_condition import AlertCondition as AlertCondition
    from .models.alert_counts import AlertCounts as AlertCounts
    from .models.alert_custom_details import AlertCustomDetails as AlertCustomDetails
    from .models.alert_list_response import AlertListResponse as AlertListResponse
    from .models.alert_resolved_event import AlertResolvedEvent as AlertResolvedEvent
    from .models.alert_response import AlertResponse as AlertResponse
    from .models.alert_rule import AlertRule as AlertRule
    from .models.alert_rule_list_response import (
        AlertRuleListResponse as AlertRuleListResponse,
    )
    from .models.alert_rule_response import AlertRuleResponse as AlertRuleResponse
    from .models.alert_scope import AlertScope as AlertScope
    from .models.alert_severity import ALERT_SEVERITY_VALUES as ALERT_SEVERITY_VALUES
    from .models.alert_severity import AlertSeverity as AlertSeverity
    from .models.alert_severity_counts import AlertSeverityCounts as AlertSeverityCounts
    from .models.alert_status import ALERT_STATUS_VALUES as ALERT_STATUS_VALUES
    from .models.alert_status import AlertStatus as AlertStatus
    from .models.alert_triggered_event import AlertTriggeredEvent as AlertTriggeredEvent
    from .models.alert_type import ALERT_TYPE_VALUES as ALERT_TYPE_VALUES
    from .models.alert_type import AlertType as AlertType
    from .models.alert_type_count import AlertTypeCount as AlertTypeCount
    from .models.alert_webhook_data import AlertWebhookData as AlertWebhookData
    from .models.alert_webhook_data_custom_details import (
        AlertWebhookDataCustomDetails as AlertWebhookDataCustomDetails,
    )
    from .models.alerts_summary import AlertsSummary as AlertsSummary
    from .models.alerts_summary_response import (
        AlertsSummaryResponse as AlertsSummaryResponse,
    )
    from .models.anomaly_detected_event import (
        AnomalyDetectedEvent as AnomalyDetectedEvent,
    )
    from .models.anomaly_webhook_data import AnomalyWebhookData as AnomalyWebhookData
    from .models.anomaly_webhook_scope import AnomalyWebhookScope as AnomalyWebhookScope
    from .models.anomaly_webhook_signals import (
        AnomalyWebhookSignals as AnomalyWebhookSignals,
    )
    from .models.approve_action_request import (
        ApproveActionRequest as ApproveActionRequest,
    )
    from .models.audit_actor import AuditActor as AuditActor
    from .models.audit_actor_type import (
        AUDIT_ACTOR_TYPE_VALUES as AUDIT_ACTOR_TYPE_VALUES,
    )
    from .models.audit_actor_type import AuditActorType as AuditActorType
    from .models.audit_event import AuditEvent as AuditEvent
    from .models.audit_event_list_response import (
        AuditEventListResponse as AuditEventListResponse,
    )
    from .models.audit_outcome import AUDIT_OUTCOME_VALUES as AUDIT_OUTCOME_VALUES
    from .models.audit_outcome import AuditOutcome as AuditOutcome
    from .models.audit_target import AuditTarget as AuditTarget
    from .models.aws_assume_role_auth import AwsAssumeRoleAuth as AwsAssumeRoleAuth
    from .models.aws_assume_role_auth_summary import (
        AwsAssumeRoleAuthSummary as AwsAssumeRoleAuthSummary,
    )
    from .models.azure_service_principal_auth import (
        AzureServicePrincipalAuth as AzureServicePrincipalAuth,
    )
    from .models.azure_service_principal_auth_summary import (
        AzureServicePrincipalAuthSummary as AzureServicePrincipalAuthSummary,
    )
    from .models.block_model_policy_action import (
        BlockModelPolicyAction as BlockModelPolicyAction,
    )
    from .models.brand_colors import BrandColors as BrandColors
    from .models.branding import Branding as Branding
    from .models.branding_response import BrandingResponse as BrandingResponse
    from .models.budget import Budget as Budget
    from .models.budget_burn_rate import BudgetBurnRate as BudgetBurnRate
    from .models.budget_list_response import BudgetListResponse as BudgetListResponse
    from .models.budget_notification_type import (
        BUDGET_NOTIFICATION_TYPE_VALUES as BUDGET_NOTIFICATION_TYPE_VALUES,
    )
    from .models.budget_notification_type import (
        BudgetNotificationType as BudgetNotificationType,
    )
    from .models.budget_scope import BudgetScope as BudgetScope
    from .models.budget_threshold import BudgetThreshold as BudgetThreshold
    from .models.budget_threshold_crossed_event import (
        BudgetThresholdCrossedEvent as BudgetThresholdCrossedEvent,
    )
    from .models.budget_threshold_crossed_webhook_data import (
        BudgetThresholdCrossedWebhookData as BudgetThresholdCrossedWebhookData,
    )
    from .models.budget_threshold_type import (
        BUDGET_THRESHOLD_TYPE_VALUES as BUDGET_THRESHOLD_TYPE_VALUES,
    )
    from .models.budget_threshold_type import BudgetThresholdType as BudgetThresholdType
    from .models.budget_time_unit import (
        BUDGET_TIME_UNIT_VALUES as BUDGET_TIME_UNIT_VALUES,
    )
    from .models.budget_time_unit import BudgetTimeUnit as BudgetTimeUnit
    from .models.cancel_action_request import CancelActionRequest as CancelActionRequest
    from .models.channel_test_result import ChannelTestResult as ChannelTestResult
    from .models.channel_test_result_response import (
        ChannelTestResultResponse as ChannelTestResultResponse,
    )
    from .models.connection import Connection as Connection
    from .models.connection_list_response import (
        ConnectionListResponse as ConnectionListResponse,
    )
    from .models.connection_provider import (
        CONNECTION_PROVIDER_VALUES as CONNECTION_PROVIDER_VALUES,
    )
    from .models.connection_provider import ConnectionProvider as ConnectionProvider
    from .models.connection_response import ConnectionResponse as ConnectionResponse
    from .models.connection_status import (
        CONNECTION_STATUS_VALUES as CONNECTION_STATUS_VALUES,
    )
    from .models.connection_status import ConnectionStatus as ConnectionStatus
    from .models.connection_validation import (
        ConnectionValidation as ConnectionValidation,
    )
    from .models.connection_validation_response import (
        ConnectionValidationResponse as ConnectionValidationResponse,
    )
    from .models.cost_by_source import CostBySource as CostBySource
    from .models.cost_by_source_response import (
        CostBySourceResponse as CostBySourceResponse,
    )
    from .models.cost_by_tag import CostByTag as CostByTag
    from .models.cost_by_tag_response import CostByTagResponse as CostByTagResponse
    from .models.cost_forecast import CostForecast as CostForecast
    from .models.cost_forecast_response import (
        CostForecastResponse as CostForecastResponse,
    )
    from .models.cost_summary import CostSummary as CostSummary
    from .models.cost_summary_response import CostSummaryResponse as CostSummaryResponse
    from .models.cost_tag_dimension import (
        COST_TAG_DIMENSION_VALUES as COST_TAG_DIMENSION_VALUES,
    )
    from .models.cost_tag_dimension import CostTagDimension as CostTagDimension
    from .models.create_agent_credential_request import (
        CreateAgentCredentialRequest as CreateAgentCredentialRequest,
    )
    from .models.create_alert_rule_request import (
        CreateAlertRuleRequest as CreateAlertRuleRequest,
    )
    from .models.create_connection_request import (
        CreateConnectionRequest as CreateConnectionRequest,
    )
    from .models.create_notification_channel_request import (
        CreateNotificationChannelRequest as CreateNotificationChannelRequest,
    )
    from .models.create_policy_from_template_request import (
        CreatePolicyFromTemplateRequest as CreatePolicyFromTemplateRequest,
    )
    from .models.create_policy_from_template_request_parameters import (
        CreatePolicyFromTemplateRequestParameters as CreatePolicyFromTemplateRequestParameters,
    )
    from .models.create_policy_request import CreatePolicyRequest as CreatePolicyRequest
    from .models.create_policy_request_condition_logic import (
        CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES as CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES,
    )
    from .models.create_policy_request_condition_logic import (
        CreatePolicyRequestConditionLogic as CreatePolicyRequestConditionLogic,
    )
    from .models.create_scheduled_export_request import (
        CreateScheduledExportRequest as CreateScheduledExportRequest,
    )
    from .models.dismiss_recommendation_request import (
        DismissRecommendationRequest as DismissRecommendationRequest,
    )
    from .models.email_channel_config import EmailChannelConfig as EmailChannelConfig
    from .models.enforcement_action import EnforcementAction as EnforcementAction
    from .models.enforcement_action_list_response import (
        EnforcementActionListResponse as EnforcementActionListResponse,
    )
    from .models.enforcement_action_queued_event import (
        EnforcementActionQueuedEvent as EnforcementActionQueuedEvent,
    )
    from .models.enforcement_action_response import (
        EnforcementActionResponse as EnforcementActionResponse,
    )
    from .models.enforcement_action_status import (
        ENFORCEMENT_ACTION_STATUS_VALUES as ENFORCEMENT_ACTION_STATUS_VALUES,
    )
    from .models.enforcement_action_status import (
        EnforcementActionStatus as EnforcementActionStatus,
    )
    from .models.enforcement_action_type import (
        ENFORCEMENT_ACTION_TYPE_VALUES as ENFORCEMENT_ACTION_TYPE_VALUES,
    )
    from .models.enforcement_action_type import (
        EnforcementActionType as EnforcementActionType,
    )
    from .models.enforcement_action_webhook_data import (
        EnforcementActionWebhookData as EnforcementActionWebhookData,
    )
    from .models.enforcement_action_webhook_data_status import (
        ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES as ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES,
    )
    from .models.enforcement_action_webhook_data_status import (
        EnforcementActionWebhookDataStatus as EnforcementActionWebhookDataStatus,
    )
    from .models.enforcement_policy import EnforcementPolicy as EnforcementPolicy
    from .models.enforcement_policy_condition_logic import (
        ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES as ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES,
    )
    from .models.enforcement_policy_condition_logic import (
        EnforcementPolicyConditionLogic as EnforcementPolicyConditionLogic,
    )
    from .models.enforcement_policy_list_response import (
        EnforcementPolicyListResponse as EnforcementPolicyListResponse,
    )
    from .models.enforcement_policy_response import (
        EnforcementPolicyResponse as EnforcementPolicyResponse,
    )
    from .models.enforcement_policy_resume_mode import (
        ENFORCEMENT_POLICY_RESUME_MODE_VALUES as ENFORCEMENT_POLICY_RESUME_MODE_VALUES,
    )
    from .models.enforcement_policy_resume_mode import (
        EnforcementPolicyResumeMode as EnforcementPolicyResumeMode,
    )
    from .models.error_detail import ErrorDetail as ErrorDetail
    from .models.error_detail_location import (
        ERROR_DETAIL_LOCATION_VALUES as ERROR_DETAIL_LOCATION_VALUES,
    )
    from .models.error_detail_location import ErrorDetailLocation as ErrorDetailLocation
    from .models.error_response import ErrorResponse as ErrorResponse
    from .models.escalation_policy import EscalationPolicy as EscalationPolicy
    from .models.escalation_policy_list_response import (
        EscalationPolicyListResponse as EscalationPolicyListResponse,
    )
    from .models.escalation_rule import EscalationRule as EscalationRule
    from .models.escalation_target import EscalationTarget as EscalationTarget
    from .models.escalation_target_type import (
        ESCALATION_TARGET_TYPE_VALUES as ESCALATION_TARGET_TYPE_VALUES,
    )
    from .models.escalation_target_type import (
        EscalationTargetType as EscalationTargetType,
    )
    from .models.export_delivery import ExportDelivery as ExportDelivery
    from .models.export_format import EXPORT_FORMAT_VALUES as EXPORT_FORMAT_VALUES
    from .models.export_format import ExportFormat as ExportFormat
    from .models.export_resource import EXPORT_RESOURCE_VALUES as EXPORT_RESOURCE_VALUES
    from .models.export_resource import ExportResource as ExportResource
    from .models.export_schedule import ExportSchedule as ExportSchedule
    from .models.feature_flag import FeatureFlag as FeatureFlag
    from .models.feature_flag_source import (
        FEATURE_FLAG_SOURCE_VALUES as FEATURE_FLAG_SOURCE_VALUES,
    )
    from .models.feature_flag_source import FeatureFlagSource as FeatureFlagSource
    from .models.feature_flags_response import (
        FeatureFlagsResponse as FeatureFlagsResponse,
    )
    from .models.forecast_granularity import (
        FORECAST_GRANULARITY_VALUES as FORECAST_GRANULARITY_VALUES,
    )
    from .models.forecast_granularity import ForecastGranularity as ForecastGranularity
    from .models.forecast_horizon_days import (
        FORECAST_HORIZON_DAYS_VALUES as FORECAST_HORIZON_DAYS_VALUES,
    )
    from .models.forecast_horizon_days import ForecastHorizonDays as ForecastHorizonDays
    from .models.forecast_interval import ForecastInterval as ForecastInterval
    from .models.forecast_period import ForecastPeriod as ForecastPeriod
    from .models.gcp_service_account_auth import (
        GcpServiceAccountAuth as GcpServiceAccountAuth,
    )
    from .models.gcp_service_account_auth_summary import (
        GcpServiceAccountAuthSummary as GcpServiceAccountAuthSummary,
    )
    from .models.gpu_agent import GpuAgent as GpuAgent
    from .models.gpu_agent_list_response import (
        GpuAgentListResponse as GpuAgentListResponse,
    )
    from .models.gpu_agent_status import (
        GPU_AGENT_STATUS_VALUES as GPU_AGENT_STATUS_VALUES,
    )
    from .models.gpu_agent_status import GpuAgentStatus as GpuAgentStatus
    from .models.gpu_idle_instance import GpuIdleInstance as GpuIdleInstance
    from .models.gpu_idle_instance_list_response import (
        GpuIdleInstanceListResponse as GpuIdleInstanceListResponse,
    )
    from .models.gpu_instance import GpuInstance as GpuInstance
    from .models.gpu_instance_detail import GpuInstanceDetail as GpuInstanceDetail
    from .models.gpu_instance_detail_response import (
        GpuInstanceDetailResponse as GpuInstanceDetailResponse,
    )
    from .models.gpu_instance_list_response import (
        GpuInstanceListResponse as GpuInstanceListResponse,
    )
    from .models.gpu_metric_sample import GpuMetricSample as GpuMetricSample
    from .models.gpu_metric_sample_list_response import (
        GpuMetricSampleListResponse as GpuMetricSampleListResponse,
    )
    from .models.gpu_mig_allocation import GpuMigAllocation as GpuMigAllocation
    from .models.gpu_mig_allocation_kind import (
        GPU_MIG_ALLOCATION_KIND_VALUES as GPU_MIG_ALLOCATION_KIND_VALUES,
    )
    from .models.gpu_mig_allocation_kind import (
        GpuMigAllocationKind as GpuMigAllocationKind,
    )
    from .models.gpu_mig_gpu import GpuMigGpu as GpuMigGpu
    from .models.gpu_mig_gpu_mig_mode import (
        GPU_MIG_GPU_MIG_MODE_VALUES as GPU_MIG_GPU_MIG_MODE_VALUES,
    )
    from .models.gpu_mig_gpu_mig_mode import GpuMigGpuMigMode as GpuMigGpuMigMode
    from .models.gpu_mig_host import GpuMigHost as GpuMigHost
    from .models.gpu_mig_placement import GpuMigPlacement as GpuMigPlacement
    from .models.gpu_mig_slice import GpuMigSlice as GpuMigSlice
    from .models.gpu_mig_topology_response import (
        GpuMigTopologyResponse as GpuMigTopologyResponse,
    )
    from .models.ignore_alert_request import IgnoreAlertRequest as IgnoreAlertRequest
    from .models.incident import Incident as Incident
    from .models.incident_list_response import (
        IncidentListResponse as IncidentListResponse,
    )
    from .models.incident_status import INCIDENT_STATUS_VALUES as INCIDENT_STATUS_VALUES
    from .models.incident_status import IncidentStatus as IncidentStatus
    from .models.incident_timeline_entry import (
        IncidentTimelineEntry as IncidentTimelineEntry,
    )
    from .models.incident_timeline_kind import (
        INCIDENT_TIMELINE_KIND_VALUES as INCIDENT_TIMELINE_KIND_VALUES,
    )
    from .models.incident_timeline_kind import (
        IncidentTimelineKind as IncidentTimelineKind,
    )
    from .models.instance_state import INSTANCE_STATE_VALUES as INSTANCE_STATE_VALUES
    from .models.instance_state import InstanceState as InstanceState
    from .models.integration_sync_failed_event import (
        IntegrationSyncFailedEvent as IntegrationSyncFailedEvent,
    )
    from .models.integration_sync_failed_webhook_data import (
        IntegrationSyncFailedWebhookData as IntegrationSyncFailedWebhookData,
    )
    from .models.invite_member_request import InviteMemberRequest as InviteMemberRequest
    from .models.legacy_gpu_instance import LegacyGpuInstance as LegacyGpuInstance
    from .models.legacy_gpu_instance_list_response import (
        LegacyGpuInstanceListResponse as LegacyGpuInstanceListResponse,
    )
    from .models.legacy_gpu_instance_state import (
        LEGACY_GPU_INSTANCE_STATE_VALUES as LEGACY_GPU_INSTANCE_STATE_VALUES,
    )
    from .models.legacy_gpu_instance_state import (
        LegacyGpuInstanceState as LegacyGpuInstanceState,
    )
    from .models.login_request import LoginRequest as LoginRequest
    from .models.login_response import LoginResponse as LoginResponse
    from .models.login_result import LoginResult as LoginResult
    from .models.member import Member as Member
    from .models.member_list_response import MemberListResponse as MemberListResponse
    from .models.member_response import MemberResponse as MemberResponse
    from .models.member_status import MEMBER_STATUS_VALUES as MEMBER_STATUS_VALUES
    from .models.member_status import MemberStatus as MemberStatus
    from .models.money import Money as Money
    from .models.monitored_metric import (
        MONITORED_METRIC_VALUES as MONITORED_METRIC_VALUES,
    )
    from .models.monitored_metric import MonitoredMetric as MonitoredMetric
    from .models.notification_channel import NotificationChannel as NotificationChannel
    from .models.notification_channel_list_response import (
        NotificationChannelListResponse as NotificationChannelListResponse,
    )
    from .models.notification_channel_response import (
        NotificationChannelResponse as NotificationChannelResponse,
    )
    from .models.notification_channel_type import (
        NOTIFICATION_CHANNEL_TYPE_VALUES as NOTIFICATION_CHANNEL_TYPE_VALUES,
    )
    from .models.notification_channel_type import (
        NotificationChannelType as NotificationChannelType,
    )
    from .models.notification_test_event import (
        NotificationTestEvent as NotificationTestEvent,
    )
    from .models.notification_test_webhook_data import (
        NotificationTestWebhookData as NotificationTestWebhookData,
    )
    from .models.notify_policy_action import NotifyPolicyAction as NotifyPolicyAction
    from .models.oidc_provider import OidcProvider as OidcProvider
    from .models.pager_duty_channel_config import (
        PagerDutyChannelConfig as PagerDutyChannelConfig,
    )
    from .models.pager_duty_channel_config_input import (
        PagerDutyChannelConfigInput as PagerDutyChannelConfigInput,
    )
    from .models.policy_condition import PolicyCondition as PolicyCondition
    from .models.policy_definition import PolicyDefinition as PolicyDefinition
    from .models.policy_definition_condition_logic import (
        POLICY_DEFINITION_CONDITION_LOGIC_VALUES as POLICY_DEFINITION_CONDITION_LOGIC_VALUES,
    )
    from .models.policy_definition_condition_logic import (
        PolicyDefinitionConditionLogic as PolicyDefinitionConditionLogic,
    )
    from .models.policy_mode import POLICY_MODE_VALUES as POLICY_MODE_VALUES
    from .models.policy_mode import PolicyMode as PolicyMode
    from .models.policy_scope import PolicyScope as PolicyScope
    from .models.policy_simulation import PolicySimulation as PolicySimulation
    from .models.policy_simulation_response import (
        PolicySimulationResponse as PolicySimulationResponse,
    )
    from .models.policy_template import PolicyTemplate as PolicyTemplate
    from .models.policy_template_category import (
        POLICY_TEMPLATE_CATEGORY_VALUES as POLICY_TEMPLATE_CATEGORY_VALUES,
    )
    from .models.policy_template_category import (
        PolicyTemplateCategory as PolicyTemplateCategory,
    )
    from .models.policy_template_default_parameters import (
        PolicyTemplateDefaultParameters as PolicyTemplateDefaultParameters,
    )
    from .models.policy_template_list_response import (
        PolicyTemplateListResponse as PolicyTemplateListResponse,
    )
    from .models.policy_template_parameters_schema import (
        PolicyTemplateParametersSchema as PolicyTemplateParametersSchema,
    )
    from .models.prediction_interval_level import (
        PREDICTION_INTERVAL_LEVEL_VALUES as PREDICTION_INTERVAL_LEVEL_VALUES,
    )
    from .models.prediction_interval_level import (
        PredictionIntervalLevel as PredictionIntervalLevel,
    )
    from .models.provider_api_key_auth import ProviderApiKeyAuth as ProviderApiKeyAuth
    from .models.provider_api_key_auth_summary import (
        ProviderApiKeyAuthSummary as ProviderApiKeyAuthSummary,
    )
    from .models.recommendation import Recommendation as Recommendation
    from .models.recommendation_acceptance import (
        RecommendationAcceptance as RecommendationAcceptance,
    )
    from .models.recommendation_acceptance_response import (
        RecommendationAcceptanceResponse as RecommendationAcceptanceResponse,
    )
    from .models.recommendation_created_event import (
        RecommendationCreatedEvent as RecommendationCreatedEvent,
    )
    from .models.recommendation_dismissal import (
        RecommendationDismissal as RecommendationDismissal,
    )
    from .models.recommendation_evidence import (
        RecommendationEvidence as RecommendationEvidence,
    )
    from .models.recommendation_list_response import (
        RecommendationListResponse as RecommendationListResponse,
    )
    from .models.recommendation_resource import (
        RecommendationResource as RecommendationResource,
    )
    from .models.recommendation_resource_kind import (
        RECOMMENDATION_RESOURCE_KIND_VALUES as RECOMMENDATION_RESOURCE_KIND_VALUES,
    )
    from .models.recommendation_resource_kind import (
        RecommendationResourceKind as RecommendationResourceKind,
    )
    from .models.recommendation_response import (
        RecommendationResponse as RecommendationResponse,
    )
    from .models.recommendation_status import (
        RECOMMENDATION_STATUS_VALUES as RECOMMENDATION_STATUS_VALUES,
    )
    from .models.recommendation_status import (
        RecommendationStatus as RecommendationStatus,
    )
    from .models.recommendation_type import (
        RECOMMENDATION_TYPE_VALUES as RECOMMENDATION_TYPE_VALUES,
    )
    from .models.recommendation_type import RecommendationType as RecommendationType
    from .models.refresh_tokens_request import (
        RefreshTokensRequest as RefreshTokensRequest,
    )
    from .models.resolve_alert_request import ResolveAlertRequest as ResolveAlertRequest
    from .models.revoke_key_policy_action import (
        RevokeKeyPolicyAction as RevokeKeyPolicyAction,
    )
    from .models.role import ROLE_VALUES as ROLE_VALUES
    from .models.role import Role as Role
    from .models.rotate_secret_request import RotateSecretRequest as RotateSecretRequest
    from .models.route_model_policy_action import (
        RouteModelPolicyAction as RouteModelPolicyAction,
    )
    from .models.saml_provider import SamlProvider as SamlProvider
    from .models.savings_ledger_entry import SavingsLedgerEntry as SavingsLedgerEntry
    from .models.savings_ledger_list_response import (
        SavingsLedgerListResponse as SavingsLedgerListResponse,
    )
    from .models.savings_status import SAVINGS_STATUS_VALUES as SAVINGS_STATUS_VALUES
    from .models.savings_status import SavingsStatus as SavingsStatus
    from .models.scale_down_policy_action import (
        ScaleDownPolicyAction as ScaleDownPolicyAction,
    )
    from .models.scheduled_export import ScheduledExport as ScheduledExport
    from .models.scheduled_export_list_response import (
        ScheduledExportListResponse as ScheduledExportListResponse,
    )
    from .models.scheduled_export_period import (
        SCHEDULED_EXPORT_PERIOD_VALUES as SCHEDULED_EXPORT_PERIOD_VALUES,
    )
    from .models.scheduled_export_period import (
        ScheduledExportPeriod as ScheduledExportPeriod,
    )
    from .models.scheduled_export_response import (
        ScheduledExportResponse as ScheduledExportResponse,
    )
    from .models.simulate_policy_request import (
        SimulatePolicyRequest as SimulatePolicyRequest,
    )
    from .models.simulated_action import SimulatedAction as SimulatedAction
    from .models.simulation_match import SimulationMatch as SimulationMatch
    from .models.slack_channel_config import SlackChannelConfig as SlackChannelConfig
    from .models.slack_channel_config_input import (
        SlackChannelConfigInput as SlackChannelConfigInput,
    )
    from .models.source import SOURCE_VALUES as SOURCE_VALUES
    from .models.source import Source as Source
    from .models.source_cost import SourceCost as SourceCost
    from .models.sso_config import SsoConfig as SsoConfig
    from .models.sso_config_response import SsoConfigResponse as SsoConfigResponse
    from .models.sso_protocol import SSO_PROTOCOL_VALUES as SSO_PROTOCOL_VALUES
    from .models.sso_protocol import SsoProtocol as SsoProtocol
    from .models.stop_instance_policy_action import (
        StopInstancePolicyAction as StopInstancePolicyAction,
    )
    from .models.sync_error import SyncError as SyncError
    from .models.sync_history_response import SyncHistoryResponse as SyncHistoryResponse
    from .models.sync_run import SyncRun as SyncRun
    from .models.sync_run_status import SYNC_RUN_STATUS_VALUES as SYNC_RUN_STATUS_VALUES
    from .models.sync_run_status import SyncRunStatus as SyncRunStatus
    from .models.tag_cost import TagCost as TagCost
    from .models.tags import Tags as Tags
    from .models.teams_channel_config import TeamsChannelConfig as TeamsChannelConfig
    from .models.teams_channel_config_input import (
        TeamsChannelConfigInput as TeamsChannelConfigInput,
    )
    from .models.tenant_plan import TENANT_PLAN_VALUES as TENANT_PLAN_VALUES
    from .models.tenant_plan import TenantPlan as TenantPlan
    from .models.tenant_settings import TenantSettings as TenantSettings
    from .models.tenant_settings_response import (
        TenantSettingsResponse as TenantSettingsResponse,
    )
    from .models.threshold_operator import (
        THRESHOLD_OPERATOR_VALUES as THRESHOLD_OPERATOR_VALUES,
    )
    from .models.threshold_operator import ThresholdOperator as ThresholdOperator
    from .models.throttle_policy_action import (
        ThrottlePolicyAction as ThrottlePolicyAction,
    )
    from .models.time_window import TimeWindow as TimeWindow
    from .models.toggle_policy_request import TogglePolicyRequest as TogglePolicyRequest
    from .models.token_pair import TokenPair as TokenPair
    from .models.token_pair_response import TokenPairResponse as TokenPairResponse
    from .models.update_member_role_request import (
        UpdateMemberRoleRequest as UpdateMemberRoleRequest,
    )
    from .models.user_summary import UserSummary as UserSummary
    from .models.validation_check import ValidationCheck as ValidationCheck
    from .models.validation_result import (
        VALIDATION_RESULT_VALUES as VALIDATION_RESULT_VALUES,
    )
    from .models.validation_result import ValidationResult as ValidationResult
    from .models.webhook_channel_config import (
        WebhookChannelConfig as WebhookChannelConfig,
    )
    from .models.webhook_channel_config_input import (
        WebhookChannelConfigInput as WebhookChannelConfigInput,
    )
    from .models.webhook_event_type import (
        WEBHOOK_EVENT_TYPE_VALUES as WEBHOOK_EVENT_TYPE_VALUES,
    )
    from .models.webhook_event_type import WebhookEventType as WebhookEventType
    from .models.workload_costs import WorkloadCosts as WorkloadCosts

# name -> module under `models` that defines it
MODULES: dict[str, str] = {
    "ACTION_TARGET_RESOURCE_TYPE_VALUES": "action_target_resource_type",
    "AGENT_CREDENTIAL_STATUS_VALUES": "agent_credential_status",
    "AGENT_SCOPE_VALUES": "agent_scope",
    "AI_ANOMALY_STATUS_VALUES": "ai_anomaly_status",
    "AI_ANOMALY_TYPE_VALUES": "ai_anomaly_type",
    "AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES": "ai_attributed_cost_scope_type",
    "AI_CACHE_TTL_VALUES": "ai_cache_ttl",
    "AI_INFERENCE_STATUS_VALUES": "ai_inference_status",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES": "ai_provisioned_throughput_recommendation_commitment_term",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES": "ai_provisioned_throughput_recommendation_source",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES": "ai_provisioned_throughput_recommendation_throughput_unit",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES": "ai_provisioned_throughput_recommendation_verdict",
    "ALERT_SEVERITY_VALUES": "alert_severity",
    "ALERT_STATUS_VALUES": "alert_status",
    "ALERT_TYPE_VALUES": "alert_type",
    "AUDIT_ACTOR_TYPE_VALUES": "audit_actor_type",
    "AUDIT_OUTCOME_VALUES": "audit_outcome",
    "AcceptRecommendationRequest": "accept_recommendation_request",
    "ActionTarget": "action_target",
    "ActionTargetResourceType": "action_target_resource_type",
    "AgentCredential": "agent_credential",
    "AgentCredentialAuth": "agent_credential_auth",
    "AgentCredentialAuthSummary": "agent_credential_auth_summary",
    "AgentCredentialCreated": "agent_credential_created",
    "AgentCredentialCreatedResponse": "agent_credential_created_response",
    "AgentCredentialResponse": "agent_credential_response",
    "AgentCredentialStatus": "agent_credential_status",
    "AgentScope": "agent_scope",
    "AiAnomaly": "ai_anomaly",
    "AiAnomalyListResponse": "ai_anomaly_list_response",
    "AiAnomalyScope": "ai_anomaly_scope",
    "AiAnomalySignals": "ai_anomaly_signals",
    "AiAnomalyStatus": "ai_anomaly_status",
    "AiAnomalyType": "ai_anomaly_type",
    "AiAttributedCost": "ai_attributed_cost",
    "AiAttributedCostResponse": "ai_attributed_cost_response",
    "AiAttributedCostScopeType": "ai_attributed_cost_scope_type",
    "AiAttribution": "ai_attribution",
    "AiCacheRecommendation": "ai_cache_recommendation",
    "AiCacheRecommendationListResponse": "ai_cache_recommendation_list_response",
    "AiCacheTtl": "ai_cache_ttl",
    "AiInferenceEvent": "ai_inference_event",
    "AiInferenceEventListResponse": "ai_inference_event_list_response",
    "AiInferenceStatus": "ai_inference_status",
    "AiProvisionedThroughputRecommendation": "ai_provisioned_throughput_recommendation",
    "AiProvisionedThroughputRecommendationCommitmentTerm": "ai_provisioned_throughput_recommendation_commitment_term",
    "AiProvisionedThroughputRecommendationListResponse": "ai_provisioned_throughput_recommendation_list_response",
    "AiProvisionedThroughputRecommendationSource": "ai_provisioned_throughput_recommendation_source",
    "AiProvisionedThroughputRecommendationThroughputUnit": "ai_provisioned_throughput_recommendation_throughput_unit",
    "AiProvisionedThroughputRecommendationVerdict": "ai_provisioned_throughput_recommendation_verdict",
    "AiRoutingRecommendation": "ai_routing_recommendation",
    "AiRoutingRecommendationListResponse": "ai_routing_recommendation_list_response",
    "AiSpendGroup": "ai_spend_group",
    "AiSpendSummary": "ai_spend_summary",
    "AiSpendSummaryResponse": "ai_spend_summary_response",
    "AiTokenUsage": "ai_token_usage",
    "AiUnitEconomics": "ai_unit_economics",
    "AiUnitEconomicsReport": "ai_unit_economics_report",
    "AiUnitEconomicsResponse": "ai_unit_economics_response",
    "Alert": "alert",
    "AlertCondition": "alert_condition",
    "AlertCounts": "alert_counts",
    "AlertCustomDetails": "alert_custom_details",
    "AlertListResponse": "alert_list_response",
    "AlertResolvedEvent": "alert_resolved_event",
    "AlertResponse": "alert_response",
    "AlertRule": "alert_rule",
    "AlertRuleListResponse": "alert_rule_list_response",
    "AlertRuleResponse": "alert_rule_response",
    "AlertScope": "alert_scope",
    "AlertSeverity": "alert_severity",
    "AlertSeverityCounts": "alert_severity_counts",
    "AlertStatus": "alert_status",
    "AlertTriggeredEvent": "alert_triggered_event",
    "AlertType": "alert_type",
    "AlertTypeCount": "alert_type_count",
    "AlertWebhookData": "alert_webhook_data",
    "AlertWebhookDataCustomDetails": "alert_webhook_data_custom_details",
    "AlertsSummary": "alerts_summary",
    "AlertsSummaryResponse": "alerts_summary_response",
    "AnomalyDetectedEvent": "anomaly_detected_event",
    "AnomalyWebhookData": "anomaly_webhook_data",
    "AnomalyWebhookScope": "anomaly_webhook_scope",
    "AnomalyWebhookSignals": "anomaly_webhook_signals",
    "ApproveActionRequest": "approve_action_request",
    "AuditActor": "audit_actor",
    "AuditActorType": "audit_actor_type",
    "AuditEvent": "audit_event",
    "AuditEventListResponse": "audit_event_list_response",
    "AuditOutcome": "audit_outcome",
    "AuditTarget": "audit_target",
    "AwsAssumeRoleAuth": "aws_assume_role_auth",
    "AwsAssumeRoleAuthSummary": "aws_assume_role_auth_summary",
    "AzureServicePrincipalAuth": "azure_service_principal_auth",
    "AzureServicePrincipalAuthSummary": "azure_service_principal_auth_summary",
    "BUDGET_NOTIFICATION_TYPE_VALUES": "budget_notification_type",
    "BUDGET_THRESHOLD_TYPE_VALUES": "budget_threshold_type",
    "BUDGET_TIME_UNIT_VALUES": "budget_time_unit",
    "BlockModelPolicyAction": "block_model_policy_action",
    "BrandColors": "brand_colors",
    "Branding": "branding",
    "BrandingResponse": "branding_response",
    "Budget": "budget",
    "BudgetBurnRate": "budget_burn_rate",
    "BudgetListResponse": "budget_list_response",
    "BudgetNotificationType": "budget_notification_type",
    "BudgetScope": "budget_scope",
    "BudgetThreshold": "budget_threshold",
    "BudgetThresholdCrossedEvent": "budget_threshold_crossed_event",
    "BudgetThresholdCrossedWebhookData": "budget_threshold_crossed_webhook_data",
    "BudgetThresholdType": "budget_threshold_type",
    "BudgetTimeUnit": "budget_time_unit",
    "CONNECTION_PROVIDER_VALUES": "connection_provider",
    "CONNECTION_STATUS_VALUES": "connection_status",
    "COST_TAG_DIMENSION_VALUES": "cost_tag_dimension",
    "CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES": "create_policy_request_condition_logic",
    "CancelActionRequest": "cancel_action_request",
    "ChannelTestResult": "channel_test_result",
    "ChannelTestResultResponse": "channel_test_result_response",
    "Connection": "connection",
    "ConnectionListResponse": "connection_list_response",
    "ConnectionProvider": "connection_provider",
    "ConnectionResponse": "connection_response",
    "ConnectionStatus": "connection_status",
    "ConnectionValidation": "connection_validation",
    "ConnectionValidationResponse": "connection_validation_response",
    "CostBySource": "cost_by_source",
    "CostBySourceResponse": "cost_by_source_response",
    "CostByTag": "cost_by_tag",
    "CostByTagResponse": "cost_by_tag_response",
    "CostForecast": "cost_forecast",
    "CostForecastResponse": "cost_forecast_response",
    "CostSummary": "cost_summary",
    "CostSummaryResponse": "cost_summary_response",
    "CostTagDimension": "cost_tag_dimension",
    "CreateAgentCredentialRequest": "create_agent_credential_request",
    "CreateAlertRuleRequest": "create_alert_rule_request",
    "CreateConnectionRequest": "create_connection_request",
    "CreateNotificationChannelRequest": "create_notification_channel_request",
    "CreatePolicyFromTemplateRequest": "create_policy_from_template_request",
    "CreatePolicyFromTemplateRequestParameters": "create_policy_from_template_request_parameters",
    "CreatePolicyRequest": "create_policy_request",
    "CreatePolicyRequestConditionLogic": "create_policy_request_condition_logic",
    "CreateScheduledExportRequest": "create_scheduled_export_request",
    "DismissRecommendationRequest": "dismiss_recommendation_request",
    "ENFORCEMENT_ACTION_STATUS_VALUES": "enforcement_action_status",
    "ENFORCEMENT_ACTION_TYPE_VALUES": "enforcement_action_type",
    "ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES": "enforcement_action_webhook_data_status",
    "ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES": "enforcement_policy_condition_logic",
    "ENFORCEMENT_POLICY_RESUME_MODE_VALUES": "enforcement_policy_resume_mode",
    "ERROR_DETAIL_LOCATION_VALUES": "error_detail_location",
    "ESCALATION_TARGET_TYPE_VALUES": "escalation_target_type",
    "EXPORT_FORMAT_VALUES": "export_format",
    "EXPORT_RESOURCE_VALUES": "export_resource",
    "EmailChannelConfig": "email_channel_config",
    "EnforcementAction": "enforcement_action",
    "EnforcementActionListResponse": "enforcement_action_list_response",
    "EnforcementActionQueuedEvent": "enforcement_action_queued_event",
    "EnforcementActionResponse": "enforcement_action_response",
    "EnforcementActionStatus": "enforcement_action_status",
    "EnforcementActionType": "enforcement_action_type",
    "EnforcementActionWebhookData": "enforcement_action_webhook_data",
    "EnforcementActionWebhookDataStatus": "enforcement_action_webhook_data_status",
    "EnforcementPolicy": "enforcement_policy",
    "EnforcementPolicyConditionLogic": "enforcement_policy_condition_logic",
    "EnforcementPolicyListResponse": "enforcement_policy_list_response",
    "EnforcementPolicyResponse": "enforcement_policy_response",
    "EnforcementPolicyResumeMode": "enforcement_policy_resume_mode",
    "ErrorDetail": "error_detail",
    "ErrorDetailLocation": "error_detail_location",
    "ErrorResponse": "error_response",
    "EscalationPolicy": "escalation_policy",
    "EscalationPolicyListResponse": "escalation_policy_list_response",
    "EscalationRule": "escalation_rule",
    "EscalationTarget": "escalation_target",
    "EscalationTargetType": "escalation_target_type",
    "ExportDelivery": "export_delivery",
    "ExportFormat": "export_format",
    "ExportResource": "export_resource",
    "ExportSchedule": "export_schedule",
    "FEATURE_FLAG_SOURCE_VALUES": "feature_flag_source",
    "FORECAST_GRANULARITY_VALUES": "forecast_granularity",
    "FORECAST_HORIZON_DAYS_VALUES": "forecast_horizon_days",
    "FeatureFlag": "feature_flag",
    "FeatureFlagSource": "feature_flag_source",
    "FeatureFlagsResponse": "feature_flags_response",
    "ForecastGranularity": "forecast_granularity",
    "ForecastHorizonDays": "forecast_horizon_days",
    "ForecastInterval": "forecast_interval",
    "ForecastPeriod": "forecast_period",
    "GPU_AGENT_STATUS_VALUES": "gpu_agent_status",
    "GPU_MIG_ALLOCATION_KIND_VALUES": "gpu_mig_allocation_kind",
    "GPU_MIG_GPU_MIG_MODE_VALUES": "gpu_mig_gpu_mig_mode",
    "GcpServiceAccountAuth": "gcp_service_account_auth",
    "GcpServiceAccountAuthSummary": "gcp_service_account_auth_summary",
    "GpuAgent": "gpu_agent",
    "GpuAgentListResponse": "gpu_agent_list_response",
    "GpuAgentStatus": "gpu_agent_status",
    "GpuIdleInstance": "gpu_idle_instance",
    "GpuIdleInstanceListResponse": "gpu_idle_instance_list_response",
    "GpuInstance": "gpu_instance",
    "GpuInstanceDetail": "gpu_instance_detail",
    "GpuInstanceDetailResponse": "gpu_instance_detail_response",
    "GpuInstanceListResponse": "gpu_instance_list_response",
    "GpuMetricSample": "gpu_metric_sample",
    "GpuMetricSampleListResponse": "gpu_metric_sample_list_response",
    "GpuMigAllocation": "gpu_mig_allocation",
    "GpuMigAllocationKind": "gpu_mig_allocation_kind",
    "GpuMigGpu": "gpu_mig_gpu",
    "GpuMigGpuMigMode": "gpu_mig_gpu_mig_mode",
    "GpuMigHost": "gpu_mig_host",
    "GpuMigPlacement": "gpu_mig_placement",
    "GpuMigSlice": "gpu_mig_slice",
    "GpuMigTopologyResponse": "gpu_mig_topology_response",
    "INCIDENT_STATUS_VALUES": "incident_status",
    "INCIDENT_TIMELINE_KIND_VALUES": "incident_timeline_kind",
    "INSTANCE_STATE_VALUES": "instance_state",
    "IgnoreAlertRequest": "ignore_alert_request",
    "Incident": "incident",
    "IncidentListResponse": "incident_list_response",
    "IncidentStatus": "incident_status",
    "IncidentTimelineEntry": "incident_timeline_entry",
    "IncidentTimelineKind": "incident_timeline_kind",
    "InstanceState": "instance_state",
    "IntegrationSyncFailedEvent": "integration_sync_failed_event",
    "IntegrationSyncFailedWebhookData": "integration_sync_failed_webhook_data",
    "InviteMemberRequest": "invite_member_request",
    "LEGACY_GPU_INSTANCE_STATE_VALUES": "legacy_gpu_instance_state",
    "LegacyGpuInstance": "legacy_gpu_instance",
    "LegacyGpuInstanceListResponse": "legacy_gpu_instance_list_response",
    "LegacyGpuInstanceState": "legacy_gpu_instance_state",
    "LoginRequest": "login_request",
    "LoginResponse": "login_response",
    "LoginResult": "login_result",
    "MEMBER_STATUS_VALUES": "member_status",
    "MONITORED_METRIC_VALUES": "monitored_metric",
    "Member": "member",
    "MemberListResponse": "member_list_response",
    "MemberResponse": "member_response",
    "MemberStatus": "member_status",
    "Money": "money",
    "MonitoredMetric": "monitored_metric",
    "NOTIFICATION_CHANNEL_TYPE_VALUES": "notification_channel_type",
    "NotificationChannel": "notification_channel",
    "NotificationChannelListResponse": "notification_channel_list_response",
    "NotificationChannelResponse": "notification_channel_response",
    "NotificationChannelType": "notification_channel_type",
    "NotificationTestEvent": "notification_test_event",
    "NotificationTestWebhookData": "notification_test_webhook_data",
    "NotifyPolicyAction": "notify_policy_action",
    "OidcProvider": "oidc_provider",
    "POLICY_DEFINITION_CONDITION_LOGIC_VALUES": "policy_definition_condition_logic",
    "POLICY_MODE_VALUES": "policy_mode",
    "POLICY_TEMPLATE_CATEGORY_VALUES": "policy_template_category",
    "PREDICTION_INTERVAL_LEVEL_VALUES": "prediction_interval_level",
    "PagerDutyChannelConfig": "pager_duty_channel_config",
    "PagerDutyChannelConfigInput": "pager_duty_channel_config_input",
    "PolicyCondition": "policy_condition",
    "PolicyDefinition": "policy_definition",
    "PolicyDefinitionConditionLogic": "policy_definition_condition_logic",
    "PolicyMode": "policy_mode",
    "PolicyScope": "policy_scope",
    "PolicySimulation": "policy_simulation",
    "PolicySimulationResponse": "policy_simulation_response",
    "PolicyTemplate": "policy_template",
    "PolicyTemplateCategory": "policy_template_category",
    "PolicyTemplateDefaultParameters": "policy_template_default_parameters",
    "PolicyTemplateListResponse": "policy_template_list_response",
    "PolicyTemplateParametersSchema": "policy_template_parameters_schema",
    "PredictionIntervalLevel": "prediction_interval_level",
    "ProviderApiKeyAuth": "provider_api_key_auth",
    "ProviderApiKeyAuthSummary": "provider_api_key_auth_summary",
    "RECOMMENDATION_RESOURCE_KIND_VALUES": "recommendation_resource_kind",
    "RECOMMENDATION_STATUS_VALUES": "recommendation_status",
    "RECOMMENDATION_TYPE_VALUES": "recommendation_type",
    "ROLE_VALUES": "role",
    "Recommendation": "recommendation",
    "RecommendationAcceptance": "recommendation_acceptance",
    "RecommendationAcceptanceResponse": "recommendation_acceptance_response",
    "RecommendationCreatedEvent": "recommendation_created_event",
    "RecommendationDismissal": "recommendation_dismissal",
    "RecommendationEvidence": "recommendation_evidence",
    "RecommendationListResponse": "recommendation_list_response",
    "RecommendationResource": "recommendation_resource",
    "RecommendationResourceKind": "recommendation_resource_kind",
    "RecommendationResponse": "recommendation_response",
    "RecommendationStatus": "recommendation_status",
    "RecommendationType": "recommendation_type",
    "RefreshTokensRequest": "refresh_tokens_request",
    "ResolveAlertRequest": "resolve_alert_request",
    "RevokeKeyPolicyAction": "revoke_key_policy_action",
    "Role": "role",
    "RotateSecretRequest": "rotate_secret_request",
    "RouteModelPolicyAction": "route_model_policy_action",
    "SAVINGS_STATUS_VALUES": "savings_status",
    "SCHEDULED_EXPORT_PERIOD_VALUES": "scheduled_export_period",
    "SOURCE_VALUES": "source",
    "SSO_PROTOCOL_VALUES": "sso_protocol",
    "SYNC_RUN_STATUS_VALUES": "sync_run_status",
    "SamlProvider": "saml_provider",
    "SavingsLedgerEntry": "savings_ledger_entry",
    "SavingsLedgerListResponse": "savings_ledger_list_response",
    "SavingsStatus": "savings_status",
    "ScaleDownPolicyAction": "scale_down_policy_action",
    "ScheduledExport": "scheduled_export",
    "ScheduledExportListResponse": "scheduled_export_list_response",
    "ScheduledExportPeriod": "scheduled_export_period",
    "ScheduledExportResponse": "scheduled_export_response",
    "SimulatePolicyRequest": "simulate_policy_request",
    "SimulatedAction": "simulated_action",
    "SimulationMatch": "simulation_match",
    "SlackChannelConfig": "slack_channel_config",
    "SlackChannelConfigInput": "slack_channel_config_input",
    "Source": "source",
    "SourceCost": "source_cost",
    "SsoConfig": "sso_config",
    "SsoConfigResponse": "sso_config_response",
    "SsoProtocol": "sso_protocol",
    "StopInstancePolicyAction": "stop_instance_policy_action",
    "SyncError": "sync_error",
    "SyncHistoryResponse": "sync_history_response",
    "SyncRun": "sync_run",
    "SyncRunStatus": "sync_run_status",
    "TENANT_PLAN_VALUES": "tenant_plan",
    "THRESHOLD_OPERATOR_VALUES": "threshold_operator",
    "TagCost": "tag_cost",
    "Tags": "tags",
    "TeamsChannelConfig": "teams_channel_config",
    "TeamsChannelConfigInput": "teams_channel_config_input",
    "TenantPlan": "tenant_plan",
    "TenantSettings": "tenant_settings",
    "TenantSettingsResponse": "tenant_settings_response",
    "ThresholdOperator": "threshold_operator",
    "ThrottlePolicyAction": "throttle_policy_action",
    "TimeWindow": "time_window",
    "TogglePolicyRequest": "toggle_policy_request",
    "TokenPair": "token_pair",
    "TokenPairResponse": "token_pair_response",
    "UpdateMemberRoleRequest": "update_member_role_request",
    "UserSummary": "user_summary",
    "VALIDATION_RESULT_VALUES": "validation_result",
    "ValidationCheck": "validation_check",
    "ValidationResult": "validation_result",
    "WEBHOOK_EVENT_TYPE_VALUES": "webhook_event_type",
    "WebhookChannelConfig": "webhook_channel_config",
    "WebhookChannelConfigInput": "webhook_channel_config_input",
    "WebhookEventType": "webhook_event_type",
    "WorkloadCosts": "workload_costs",
}

__all__ = [
    "ACTION_TARGET_RESOURCE_TYPE_VALUES",
    "AGENT_CREDENTIAL_STATUS_VALUES",
    "AGENT_SCOPE_VALUES",
    "AI_ANOMALY_STATUS_VALUES",
    "AI_ANOMALY_TYPE_VALUES",
    "AI_ATTRIBUTED_COST_SCOPE_TYPE_VALUES",
    "AI_CACHE_TTL_VALUES",
    "AI_INFERENCE_STATUS_VALUES",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_COMMITMENT_TERM_VALUES",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_SOURCE_VALUES",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_THROUGHPUT_UNIT_VALUES",
    "AI_PROVISIONED_THROUGHPUT_RECOMMENDATION_VERDICT_VALUES",
    "ALERT_SEVERITY_VALUES",
    "ALERT_STATUS_VALUES",
    "ALERT_TYPE_VALUES",
    "AUDIT_ACTOR_TYPE_VALUES",
    "AUDIT_OUTCOME_VALUES",
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
    "AlertStatus",
    "AlertTriggeredEvent",
    "AlertType",
    "AlertTypeCount",
    "AlertWebhookData",
    "AlertWebhookDataCustomDetails",
    "AlertsSummary",
    "AlertsSummaryResponse",
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
    "BUDGET_NOTIFICATION_TYPE_VALUES",
    "BUDGET_THRESHOLD_TYPE_VALUES",
    "BUDGET_TIME_UNIT_VALUES",
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
    "CONNECTION_PROVIDER_VALUES",
    "CONNECTION_STATUS_VALUES",
    "COST_TAG_DIMENSION_VALUES",
    "CREATE_POLICY_REQUEST_CONDITION_LOGIC_VALUES",
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
    "ENFORCEMENT_ACTION_STATUS_VALUES",
    "ENFORCEMENT_ACTION_TYPE_VALUES",
    "ENFORCEMENT_ACTION_WEBHOOK_DATA_STATUS_VALUES",
    "ENFORCEMENT_POLICY_CONDITION_LOGIC_VALUES",
    "ENFORCEMENT_POLICY_RESUME_MODE_VALUES",
    "ERROR_DETAIL_LOCATION_VALUES",
    "ESCALATION_TARGET_TYPE_VALUES",
    "EXPORT_FORMAT_VALUES",
    "EXPORT_RESOURCE_VALUES",
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
    "FEATURE_FLAG_SOURCE_VALUES",
    "FORECAST_GRANULARITY_VALUES",
    "FORECAST_HORIZON_DAYS_VALUES",
    "FeatureFlag",
    "FeatureFlagSource",
    "FeatureFlagsResponse",
    "ForecastGranularity",
    "ForecastHorizonDays",
    "ForecastInterval",
    "ForecastPeriod",
    "GPU_AGENT_STATUS_VALUES",
    "GPU_MIG_ALLOCATION_KIND_VALUES",
    "GPU_MIG_GPU_MIG_MODE_VALUES",
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
    "INCIDENT_STATUS_VALUES",
    "INCIDENT_TIMELINE_KIND_VALUES",
    "INSTANCE_STATE_VALUES",
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
    "LEGACY_GPU_INSTANCE_STATE_VALUES",
    "LegacyGpuInstance",
    "LegacyGpuInstanceListResponse",
    "LegacyGpuInstanceState",
    "LoginRequest",
    "LoginResponse",
    "LoginResult",
    "MEMBER_STATUS_VALUES",
    "MONITORED_METRIC_VALUES",
    "Member",
    "MemberListResponse",
    "MemberResponse",
    "MemberStatus",
    "Money",
    "MonitoredMetric",
    "NOTIFICATION_CHANNEL_TYPE_VALUES",
    "NotificationChannel",
    "NotificationChannelListResponse",
    "NotificationChannelResponse",
    "NotificationChannelType",
    "NotificationTestEvent",
    "NotificationTestWebhookData",
    "NotifyPolicyAction",
    "OidcProvider",
    "POLICY_DEFINITION_CONDITION_LOGIC_VALUES",
    "POLICY_MODE_VALUES",
    "POLICY_TEMPLATE_CATEGORY_VALUES",
    "PREDICTION_INTERVAL_LEVEL_VALUES",
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
    "RECOMMENDATION_RESOURCE_KIND_VALUES",
    "RECOMMENDATION_STATUS_VALUES",
    "RECOMMENDATION_TYPE_VALUES",
    "ROLE_VALUES",
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
    "SAVINGS_STATUS_VALUES",
    "SCHEDULED_EXPORT_PERIOD_VALUES",
    "SOURCE_VALUES",
    "SSO_PROTOCOL_VALUES",
    "SYNC_RUN_STATUS_VALUES",
    "SamlProvider",
    "SavingsLedgerEntry",
    "SavingsLedgerListResponse",
    "SavingsStatus",
    "ScaleDownPolicyAction",
    "ScheduledExport",
    "ScheduledExportListResponse",
    "ScheduledExportPeriod",
    "ScheduledExportResponse",
    "SimulatePolicyRequest",
    "SimulatedAction",
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
    "TENANT_PLAN_VALUES",
    "THRESHOLD_OPERATOR_VALUES",
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
    "VALIDATION_RESULT_VALUES",
    "ValidationCheck",
    "ValidationResult",
    "WEBHOOK_EVENT_TYPE_VALUES",
    "WebhookChannelConfig",
    "WebhookChannelConfigInput",
    "WebhookEventType",
    "WorkloadCosts",
]
